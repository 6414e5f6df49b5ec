// The bundled data as the build checked it (scripts/checked-data-plugin.ts): the first screen waits for neither
// the validator nor its work. Where the check failed (the dev server), its problems go to the error screen.
import readBundled from 'virtual:bundled-data'
import type { Dataset } from '../domain/types'
import { DataError } from './data-error'
import type { BundledDataModule, DataFileTexts } from './parse-dataset'
import { checkedFilesToDomain } from './to-domain'

// The build writes this module from that type (an ambient declaration cannot name a type of the app's own).
const readBundledModule = () => readBundled() as Promise<BundledDataModule>

export async function bundledDataset(): Promise<Dataset> {
  const bundled = await readBundledModule()
  if (bundled.problems.length > 0) throw new DataError(bundled.problems)
  return checkedFilesToDomain(bundled.files, bundled.translated)
}

/** The files' text, for the data download and the tests that check them as an import would. */
export async function bundledFileTexts(): Promise<DataFileTexts> {
  const { files } = await readBundledModule()
  return Object.fromEntries(Object.entries(files).map(([name, value]) => [name, `${JSON.stringify(value, null, 2)}\n`]))
}
