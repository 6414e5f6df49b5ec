// The bundled data is checked when the app is built, by the same checks `npm run validate-data` and a user's
// import run, and shipped checked: the first screen then waits neither for the validator (zod and the schema)
// nor for its work. A build with a broken file fails, naming file, record and field; the dev server instead
// hands the problems to the app, which shows them on its error screen.
import { fileURLToPath } from 'node:url'
import { runnerImport, type Plugin } from 'vite'
import type { CheckedDataModule } from '../src/data/parse-dataset.ts'
import type * as DataFolderCheck from './check-data-folder.ts'

export const CHECKED_DATA_ID = 'virtual:checked-data'
const RESOLVED_ID = `\0${CHECKED_DATA_ID}`

/** JSON.parse of one string literal: faster for the engine to read than the same data as an object literal. */
const moduleSource = (value: CheckedDataModule) =>
  `export default JSON.parse(${JSON.stringify(JSON.stringify(value))})\n`

// Loaded by Vite's module runner rather than imported by the config, which Node would have to load as it is.
const loadChecker = () =>
  runnerImport<typeof DataFolderCheck>(fileURLToPath(new URL('./check-data-folder.ts', import.meta.url)), {
    configFile: false,
    logLevel: 'silent',
  }).then(({ module }) => module)

export function checkedDataPlugin(dataDir: string): Plugin {
  let building = false
  return {
    name: 'checked-data',
    configResolved(config) {
      building = config.command === 'build'
    },
    resolveId: (id) => (id === CHECKED_DATA_ID ? RESOLVED_ID : null),
    async load(id) {
      if (id !== RESOLVED_ID) return null
      const { checkDataFolder, dataFilePaths, formatProblem } = await loadChecker()
      for (const path of dataFilePaths(dataDir)) this.addWatchFile(path)
      const { warnings, ...checked } = checkDataFolder(dataDir)
      for (const warning of warnings) this.warn(formatProblem(warning))
      if (!checked.ok && building) {
        const lines = checked.problems.map((problem) => `  ${formatProblem(problem)}`)
        this.error(
          `${checked.problems.length} problem(s) in data/ (npm run validate-data lists them too):\n${lines.join('\n')}`,
        )
      }
      return moduleSource(checked)
    },
  }
}
