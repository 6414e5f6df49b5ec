// The bundled data's checks, run on the files in a folder: by the build (checked-data-plugin.ts) and by
// `npm run validate-data`. The same checks a user's import runs (parse-dataset.ts).
import { isDeepStrictEqual } from 'node:util'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatProblem, type DataProblem } from '../src/data/data-error.ts'
import { checkDataset, type BundledDataModule, type DataFileTexts } from '../src/data/parse-dataset.ts'
import { DATA_FILE_NAMES } from '../src/data/raw-schema.ts'
import { readCheckedFiles } from '../src/data/to-domain.ts'

export { formatProblem }

export const dataFilePaths = (dataDir: string) => DATA_FILE_NAMES.map((name) => join(dataDir, name))

/** Problems name the folder too, as the app's error screen does for the files it read. */
const inDataFolder = (problem: DataProblem): DataProblem => ({ ...problem, file: `data/${problem.file}` })

const parsedOrNothing = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * The app reads the checked files' texts by their shape (stored-text.ts) instead of through the schema: that
 * must give exactly what the schema gives, or the app would show something the check did not see.
 */
function shapeReadingProblems(files: BundledDataModule['files'], schemaRead: unknown): DataProblem[] {
  const shapeRead = readCheckedFiles(files)
  // Through JSON: a field the schema left undefined and one left out are the same to the app.
  if (isDeepStrictEqual(JSON.parse(JSON.stringify(shapeRead)), JSON.parse(JSON.stringify(schemaRead)))) return []
  const message =
    'its texts, read by their shape, differ from what the schema reads (is every text { en, ru }, trimmed?)'
  return [{ file: 'data/', record: '(files)', field: '(texts)', message }]
}

export function checkDataFolder(dataDir: string): BundledDataModule & { warnings: readonly DataProblem[] } {
  const texts: DataFileTexts = {}
  for (const name of DATA_FILE_NAMES) {
    const path = join(dataDir, name)
    if (existsSync(path)) texts[name] = readFileSync(path, 'utf8')
  }
  const files = Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, parsedOrNothing(text)]))
  const result = checkDataset(texts, { requireFullProgramme: true })
  if (!result.ok) return { files, translated: false, problems: result.problems.map(inDataFolder), warnings: [] }
  return {
    files,
    translated: result.translated,
    problems: shapeReadingProblems(files, result.raw),
    warnings: result.warnings.map(inDataFolder),
  }
}
