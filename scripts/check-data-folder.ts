// The bundled data's checks, run on the files in a folder: by the build (checked-data-plugin.ts) and by
// `npm run validate-data`. The same checks a user's import runs (parse-dataset.ts).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatProblem, type DataProblem } from '../src/data/data-error.ts'
import { checkDataset, type CheckedDataModule, type DataFileTexts } from '../src/data/parse-dataset.ts'
import { DATA_FILE_NAMES } from '../src/data/raw-schema.ts'

export { formatProblem }

export const dataFilePaths = (dataDir: string) => DATA_FILE_NAMES.map((name) => join(dataDir, name))

/** Problems name the folder too, as the app's error screen does for the files it read. */
const inDataFolder = (problem: DataProblem): DataProblem => ({ ...problem, file: `data/${problem.file}` })

export function checkDataFolder(dataDir: string): CheckedDataModule & { warnings: readonly DataProblem[] } {
  const texts: DataFileTexts = {}
  for (const name of DATA_FILE_NAMES) {
    const path = join(dataDir, name)
    if (existsSync(path)) texts[name] = readFileSync(path, 'utf8')
  }
  const result = checkDataset(texts, { requireFullProgramme: true })
  return result.ok
    ? {
        ok: true,
        data: { raw: result.raw, translated: result.translated },
        warnings: result.warnings.map(inDataFolder),
      }
    : { ok: false, problems: result.problems.map(inDataFolder), warnings: [] }
}
