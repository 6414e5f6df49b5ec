// "Download all data": the published dataset as one zip, for reuse outside the app. It holds the JSON files as
// they are in data/ with their JSON Schemas, a CSV per table in both languages (data-tables.ts), the Data Package
// that describes them all, and the citation file. Loaded only when asked for, with the zip library.
import { strToU8, zipSync } from 'fflate'
import citationCff from '../../CITATION.cff?raw'
import jsonPackage from '../../data/datapackage.json'
import { DATA_VERSION } from '../data/dataset-query'
import { datasetFromTexts, readBundledFiles } from '../data/load-dataset'
import type { DataFileTexts } from '../data/parse-dataset'
import type { Dataset } from '../domain/types'
import { tableResource } from './data-package'
import { dataTables } from './data-tables'
import { downloadBlob } from './download'
import { exportFileName } from './file-name'

const jsonSchemas = import.meta.glob<string>('../../data/schema/*.schema.json', {
  query: '?raw',
  import: 'default',
  eager: true,
})

/** Spreadsheet programs read a CSV as UTF-8 (Cyrillic intact) only when it starts with a byte-order mark. */
const BOM = '\uFEFF'

/** Every file of the zip by its path inside it, as text. */
export function dataZipFiles(texts: DataFileTexts, dataset: Dataset): Record<string, string> {
  const tables = dataTables(dataset)
  const dataPackage = { ...jsonPackage, resources: [...jsonPackage.resources, ...tables.map(tableResource)] }
  const files: Record<string, string> = {
    'datapackage.json': `${JSON.stringify(dataPackage, null, 2)}\n`,
    'CITATION.cff': citationCff,
  }
  for (const [name, text] of Object.entries(texts)) if (text !== undefined) files[name] = text
  for (const [path, text] of Object.entries(jsonSchemas)) files[`schema/${path.split('/').at(-1) ?? path}`] = text
  for (const table of tables) files[`csv/${table.name}.csv`] = `${BOM}${table.csv}`
  return files
}

/** The files in one folder named like the zip, so unpacking never scatters them. */
export function zipFiles(files: Readonly<Record<string, string>>, folder: string): Uint8Array {
  const entries = Object.fromEntries(Object.entries(files).map(([path, text]) => [`${folder}/${path}`, strToU8(text)]))
  return zipSync(entries)
}

/** Zips the bundled dataset and saves it; returns the file name. */
export async function downloadDataZip(): Promise<string> {
  const texts = await readBundledFiles()
  const dataset = datasetFromTexts(texts, { requireFullProgramme: true })
  const fileName = exportFileName(['data', DATA_VERSION], 'zip')
  const zip = zipFiles(dataZipFiles(texts, dataset), fileName.replace(/\.zip$/, ''))
  downloadBlob(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), fileName)
  return fileName
}
