import { unzipSync } from 'fflate'
import { DATA_FILE_NAMES } from '../data/raw-schema'
import { fixtureDataset, fixtureTexts } from '../testing/fixture-data'
import { dataZipFiles, zipFiles } from './data-zip'

const files = dataZipFiles(fixtureTexts(), fixtureDataset())

interface Resource {
  readonly path: string
  readonly licenses: readonly { readonly name: string }[]
  readonly schema: { readonly fields: readonly { readonly name: string }[] }
}
const dataPackage = JSON.parse(files['datapackage.json'] ?? '{}') as { resources: Resource[]; version: string }

describe('the dataset zip', () => {
  it('holds the data files as they are, their JSON Schemas, the package and the citation', () => {
    const texts = fixtureTexts()
    for (const name of DATA_FILE_NAMES) expect(files[name], name).toBe(texts[name])
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['datapackage.json', 'CITATION.cff', 'schema/roadmaps.schema.json']),
    )
    expect(files['CITATION.cff']).toContain(`version: "${dataPackage.version}"`)
  })

  it('describes every file it lists, each CSV by its header, every one under CC BY 4.0', () => {
    const csvs = dataPackage.resources.filter((resource) => resource.path.endsWith('.csv'))
    expect(csvs.map((resource) => resource.path)).toContain('csv/items.csv')
    for (const resource of dataPackage.resources) {
      expect(files[resource.path], resource.path).toBeDefined()
      expect(resource.licenses.map((licence) => licence.name)).toEqual(['CC-BY-4.0'])
    }
    for (const resource of csvs) {
      const header = files[resource.path]?.split('\r\n')[0]
      expect(header, resource.path).toBe(`\uFEFF${resource.schema.fields.map((field) => field.name).join(',')}`)
    }
  })

  it('unzips into one folder with every file intact', () => {
    const unzipped = unzipSync(zipFiles(files, 'roadmap-tracker_data_2026-11-25'))
    expect(Object.keys(unzipped).sort()).toEqual(
      Object.keys(files)
        .map((path) => `roadmap-tracker_data_2026-11-25/${path}`)
        .sort(),
    )
    const items = unzipped['roadmap-tracker_data_2026-11-25/csv/items.csv']
    // Decoded keeping the byte-order mark, which spreadsheets need to read the file as UTF-8.
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(items)).toBe(files['csv/items.csv'])
  })
})
