import Ajv from 'ajv-draft-04'
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CHANGELOG } from '../src/data/changelog'
import { DATA_FILE_NAMES } from '../src/data/raw-schema'
import { dataPackageJson, recordsOf } from './data-package'
import dataPackageProfile from './schemas/data-package.schema.json'

const committed = readFileSync('data/datapackage.json', 'utf8')
const descriptor = JSON.parse(committed) as {
  version: string
  licenses: { name: string }[]
  resources: { path: string; schema: { fields: { name: string }[] } }[]
}

describe('data/datapackage.json', () => {
  it('is what `npm run data:schemas` writes from the schema, the data and the changelog', () => {
    expect(committed).toBe(dataPackageJson())
  })

  it('is a valid Data Package', () => {
    const validate = new Ajv({ strict: false }).compile(dataPackageProfile)
    expect(validate(descriptor), JSON.stringify(validate.errors)).toBe(true)
  })

  it('carries the dataset version and the CC BY 4.0 licence', () => {
    expect(descriptor.version).toBe(CHANGELOG[0]?.version)
    expect(descriptor.licenses.map((licence) => licence.name)).toEqual(['CC-BY-4.0'])
  })

  it('describes every data file, and each file has every field the package lists, and no other', () => {
    expect(descriptor.resources.map((resource) => resource.path)).toEqual(DATA_FILE_NAMES)
    for (const resource of descriptor.resources) {
      expect(existsSync(`data/${resource.path}`), resource.path).toBe(true)
      const records = recordsOf(JSON.parse(readFileSync(`data/${resource.path}`, 'utf8')))
      const inFile = new Set(records.flatMap((record) => Object.keys(record)))
      expect([...inFile].sort(), resource.path).toEqual(resource.schema.fields.map((field) => field.name).sort())
    }
  })
})
