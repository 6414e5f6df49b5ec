import { mkdirSync, writeFileSync } from 'node:fs'
import { jsonSchemaFor, SCHEMA_FILES } from './json-schemas.ts'

mkdirSync('data/schema', { recursive: true })
for (const { name, path } of SCHEMA_FILES) {
  writeFileSync(path, jsonSchemaFor(name))
  console.log(`wrote ${path}`)
}
