// JSON Schemas for the files in data/, generated from the app's zod schema so the two cannot drift:
// `npm run data:schemas` writes data/schema/<file>.schema.json; a unit test fails when they are stale.
// Cross-field rules (precision matches the date, late needs metOn…) live in the zod schema and in
// `npm run validate-data`; JSON Schema carries the shape, types, patterns and vocabularies.
import { z } from 'zod'
import { DATA_FILE_NAMES, DATA_FILE_SCHEMAS, type DataFileName } from '../src/data/raw-schema.ts'

export const schemaFileName = (name: DataFileName) => name.replace('.json', '.schema.json')

export function jsonSchemaObject(name: DataFileName) {
  return z.toJSONSchema(DATA_FILE_SCHEMAS[name], { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' })
}

export function jsonSchemaFor(name: DataFileName): string {
  const titled = { ...jsonSchemaObject(name), $id: `schema/${schemaFileName(name)}`, title: `data/${name}` }
  return `${JSON.stringify(titled, null, 2)}\n`
}

export const SCHEMA_FILES = DATA_FILE_NAMES.map((name) => ({
  name,
  path: `data/schema/${schemaFileName(name)}`,
}))
