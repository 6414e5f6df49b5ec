// `npm run validate-data`: the checks the build runs on the bundled data (checked-data-plugin.ts), from the command
// line. One line per problem (file › record › field: message); exit code 1 when there is any. Unknown fields are
// warnings: printed, but they do not fail the check.
import { fileURLToPath } from 'node:url'
import { checkedFilesToDomain } from '../src/data/to-domain.ts'
import { checkDataFolder, formatProblem } from './check-data-folder.ts'

const checked = checkDataFolder(fileURLToPath(new URL('../data/', import.meta.url)))
for (const warning of checked.warnings) console.warn(`warning: ${formatProblem(warning)}`)
if (checked.problems.length === 0) {
  const dataset = checkedFilesToDomain(checked.files, checked.translated)
  console.log(
    `data OK: ${dataset.items.length} items, ${dataset.targets.length} targets, ${dataset.counts.length} counts, ` +
      `${dataset.events.length} events, ${dataset.sources.length} sources; latest fact ${dataset.latestFactDate}`,
  )
} else {
  for (const problem of checked.problems) console.error(formatProblem(problem))
  console.error(`${checked.problems.length} problem(s) in data/`)
  process.exit(1)
}
