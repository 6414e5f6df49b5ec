// The bundled files as text, parsed as a user's import is: for the data download, and for tests that check the
// files that way. The app's first screen reads the build's checked copy instead (bundled-dataset.ts).
import type { Dataset } from '../domain/types'
import { bundledFileTexts } from './bundled-dataset'
import { DataError } from './data-error'
import { parseDataset, type DataFileTexts, type ParseOptions } from './parse-dataset'

export const readBundledFiles = (): Promise<DataFileTexts> => bundledFileTexts()

export function datasetFromTexts(texts: DataFileTexts, options: ParseOptions): Dataset {
  const result = parseDataset(texts, options)
  // Problems name the folder too, so the error screen can also list problems of a dataset the user loaded.
  if (!result.ok) throw new DataError(result.problems.map((problem) => ({ ...problem, file: `data/${problem.file}` })))
  return result.dataset
}
