// Writes data/datapackage.json: the JSON files as a Frictionless Data Package (v1), with the version from the
// changelog and each file's fields from the app's schema (through its JSON Schema). A field is listed when the
// file uses it, so every listed field is in the file; `npm run data:schemas` rewrites it and a test fails when it
// is stale.
import { readFileSync } from 'node:fs'
import { CHANGELOG } from '../src/data/changelog.ts'
import { DATA_FILE_NAMES, type DataFileName } from '../src/data/raw-schema.ts'
import { dataPackage, jsonResource, type JsonFieldType, type PackageField } from '../src/export/data-package.ts'
import { jsonSchemaObject, schemaFileName } from './json-schemas.ts'
import { siteUrl } from './site.ts'

const TITLES: Record<DataFileName, string> = {
  'sources.json': 'Sources',
  'people.json': 'People',
  'topics.json': 'Topics',
  'roadmaps.json': 'The 31 roadmaps of 2019, with status histories',
  'programmes.json': 'The 28 union programmes of 2021, reported areas and the roadmap crosswalk',
  'targets.json': 'Targets and deadlines, with outcomes',
  'counts.json': 'Reported counts',
  'events.json': 'Events',
  'story.json': 'Stories the briefing deck plays, each step a dated view with its takeaway, notes and sources',
}

interface JsonSchemaNode {
  readonly type?: string
  readonly anyOf?: readonly JsonSchemaNode[]
  readonly items?: JsonSchemaNode
  readonly properties?: Readonly<Record<string, JsonSchemaNode>>
  readonly required?: readonly string[]
}

const FIELD_TYPES: readonly string[] = ['string', 'integer', 'number', 'boolean', 'array', 'object']

const optionTypes = (node: JsonSchemaNode): string[] =>
  node.type ? [node.type] : (node.anyOf ?? []).flatMap(optionTypes).filter((type) => type !== 'null')

/**
 * A nullable field's type is its non-null one. A text is `{ "en", "ru" }` in this package's files, though a
 * user's own English-only file may hold a bare string there: the package describes its own files.
 */
function fieldType(node: JsonSchemaNode): JsonFieldType {
  const types = optionTypes(node)
  const type = types.includes('object') ? 'object' : types[0]
  if (!type || !FIELD_TYPES.includes(type)) throw new Error(`no Table Schema type for ${JSON.stringify(node)}`)
  return type as JsonFieldType
}

/** The records a file holds: the array itself, or programmes.json's one object. */
export function recordsOf(json: unknown): readonly Record<string, unknown>[] {
  return (Array.isArray(json) ? json : [json]) as Record<string, unknown>[]
}

export function fieldsOf(name: DataFileName, json: unknown): PackageField[] {
  const schema = jsonSchemaObject(name) as JsonSchemaNode
  const record = schema.type === 'array' ? schema.items : schema
  const used = new Set(recordsOf(json).flatMap((entry) => Object.keys(entry)))
  return Object.entries(record?.properties ?? {})
    .filter(([field]) => used.has(field))
    .map(([field, node]) => ({
      name: field,
      type: fieldType(node),
      ...(record?.required?.includes(field) ? { constraints: { required: true } as const } : {}),
    }))
}

/** Run from the project's folder, as npm scripts and the tests are. */
const readData = (name: string) => readFileSync(`data/${name}`, 'utf8')

export function dataPackageJson(read: (name: DataFileName) => string = readData): string {
  const version = CHANGELOG[0]?.version
  if (!version) throw new Error('the changelog has no release')
  const resources = DATA_FILE_NAMES.map((name) =>
    jsonResource({
      path: name,
      title: TITLES[name],
      description: `Checked by the JSON Schema schema/${schemaFileName(name)}. The fields are those of ${name === 'programmes.json' ? 'the object the file holds' : 'each record'}.`,
      fields: fieldsOf(name, JSON.parse(read(name))),
    }),
  )
  return `${JSON.stringify(dataPackage({ version, homepage: siteUrl({}), resources }), null, 2)}\n`
}
