// Reads the files in data/ as text (bundled-files.ts) and parses them: for the data download, and for tests that
// check the files as a user's import would. The app's first screen reads the build's checked copy instead
// (bundled-dataset.ts).
import type { Dataset } from '../domain/types'
import { bundledFiles } from './bundled-files'
import { DataError } from './data-error'
import { parseDataset, type DataFileTexts, type ParseOptions } from './parse-dataset'
import { DATA_FILE_NAMES } from './raw-schema'

export async function readBundledFiles(): Promise<DataFileTexts> {
  const entries = await Promise.all(
    DATA_FILE_NAMES.map(async (name) => {
      const load = bundledFiles[`../../data/${name}`]
      return [name, load ? await load() : undefined] as const
    }),
  )
  return Object.fromEntries(entries)
}

export function datasetFromTexts(texts: DataFileTexts, options: ParseOptions): Dataset {
  const result = parseDataset(texts, options)
  // Problems name the folder too, so the error screen can also list problems of a dataset the user loaded.
  if (!result.ok) throw new DataError(result.problems.map((problem) => ({ ...problem, file: `data/${problem.file}` })))
  return result.dataset
}
