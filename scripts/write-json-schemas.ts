import { mkdirSync, writeFileSync } from 'node:fs'
import { citationCff } from './citation-cff.ts'
import { dataPackageJson } from './data-package.ts'
import { jsonSchemaFor, SCHEMA_FILES } from './json-schemas.ts'

mkdirSync('data/schema', { recursive: true })
for (const { name, path } of SCHEMA_FILES) {
  writeFileSync(path, jsonSchemaFor(name))
  console.log(`wrote ${path}`)
}
// The package lists each file's fields, and both it and the citation carry the changelog's version.
writeFileSync('data/datapackage.json', dataPackageJson())
console.log('wrote data/datapackage.json')
writeFileSync('CITATION.cff', citationCff())
console.log('wrote CITATION.cff')
