// The bundled data is checked when the app is built, by the same checks `npm run validate-data` and a user's
// import run, and shipped checked: the first screen then waits neither for the validator (zod and the schema)
// nor for its work. A build with a broken file fails, naming file, record and field; the dev server instead
// hands the problems to the app, which shows them on its error screen.
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { runnerImport, type Plugin } from 'vite'
import type { BundledDataModule } from '../src/data/parse-dataset.ts'
import type * as DataFolderCheck from './check-data-folder.ts'

export const BUNDLED_DATA_ID = 'virtual:bundled-data'
const RESOLVED_ID = `\0${BUNDLED_DATA_ID}`

/**
 * The module exports a function that reads the data. Served, it is one string literal read by JSON.parse, which
 * engines read faster than the same data as an object literal; in single quotes, which the data's texts hold far
 * fewer of than double quotes, so the file stays small (the server compresses it).
 */
const moduleSource = (value: BundledDataModule) => {
  const literal = JSON.stringify(value)
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
  return `const text = '${literal}'\nexport default () => Promise.resolve(JSON.parse(text))\n`
}

/**
 * In the one-file build nothing compresses the file, and the data's texts (the Russian ones two bytes a letter) were
 * a quarter of it: there the data is stored gzipped, in base64, and the browser's own decompressor reads it. That
 * needs no code run from a string, so the file's Content-Security-Policy stays as strict.
 */
const packedModuleSource = (value: BundledDataModule) => {
  const packed = gzipSync(JSON.stringify(value), { level: 9 }).toString('base64')
  return `const packed = '${packed}'
export default () => {
  const bytes = Uint8Array.from(atob(packed), (char) => char.charCodeAt(0))
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).json()
}
`
}

// Loaded by Vite's module runner rather than imported by the config, which Node would have to load as it is.
const loadChecker = () =>
  runnerImport<typeof DataFolderCheck>(fileURLToPath(new URL('./check-data-folder.ts', import.meta.url)), {
    configFile: false,
    logLevel: 'silent',
  }).then(({ module }) => module)

/** `packed`: store the data gzipped, for a build that no server compresses (the one-file build). */
export function checkedDataPlugin(dataDir: string, { packed = false } = {}): Plugin {
  let building = false
  return {
    name: 'checked-data',
    configResolved(config) {
      building = config.command === 'build'
    },
    resolveId: (id) => (id === BUNDLED_DATA_ID ? RESOLVED_ID : null),
    async load(id) {
      if (id !== RESOLVED_ID) return null
      const { checkDataFolder, dataFilePaths, formatProblem } = await loadChecker()
      for (const path of dataFilePaths(dataDir)) this.addWatchFile(path)
      const { warnings, ...checked } = checkDataFolder(dataDir)
      for (const warning of warnings) this.warn(formatProblem(warning))
      if (checked.problems.length > 0 && building) {
        const lines = checked.problems.map((problem) => `  ${formatProblem(problem)}`)
        this.error(
          `${checked.problems.length} problem(s) in data/ (npm run validate-data lists them too):\n${lines.join('\n')}`,
        )
      }
      return packed ? packedModuleSource(checked) : moduleSource(checked)
    },
  }
}
