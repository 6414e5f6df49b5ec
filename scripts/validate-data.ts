// `npm run validate-data`: the same checks the app runs on load, from the command line. One line per
// problem (file › record › field: message); exit code 1 when there is any. Unknown fields are warnings: printed,
// but they do not fail the check.
import { readFileSync, existsSync } from 'node:fs'
import { formatProblem } from '../src/data/data-error.ts'
import { parseDataset, type DataFileTexts } from '../src/data/parse-dataset.ts'
import { DATA_FILE_NAMES } from '../src/data/raw-schema.ts'

const dataDir = new URL('../data/', import.meta.url)
const texts: DataFileTexts = {}
for (const name of DATA_FILE_NAMES) {
  const path = new URL(name, dataDir)
  if (existsSync(path)) texts[name] = readFileSync(path, 'utf8')
}
const result = parseDataset(texts, { requireFullProgramme: true })
if (result.ok) {
  const { dataset, warnings } = result
  for (const warning of warnings) console.warn(`warning: data/${formatProblem(warning)}`)
  console.log(
    `data OK: ${dataset.items.length} items, ${dataset.targets.length} targets, ${dataset.counts.length} counts, ` +
      `${dataset.events.length} events, ${dataset.sources.length} sources; latest fact ${dataset.latestFactDate}`,
  )
} else {
  for (const problem of result.problems) console.error(`data/${formatProblem(problem)}`)
  console.error(`${result.problems.length} problem(s) in data/`)
  process.exit(1)
}
