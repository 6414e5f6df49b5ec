// The dataset as a Frictionless Data Package: data/datapackage.json describes the JSON files
// (scripts/data-package.ts writes it), and the "Download all data" zip adds its CSV tables to it.
import { DATA_LICENCE } from './licence'
import type { DataTable, FieldType } from './data-tables'
import { exportText } from './export-text'

export const DATA_PACKAGE_NAME = 'union-state-roadmap-tracker'

/** JSON types that Table Schema also has, for the fields of a JSON file's records. */
export type JsonFieldType = FieldType | 'array' | 'object'

export interface PackageField {
  readonly name: string
  readonly type: JsonFieldType
  readonly constraints?: { readonly required: true }
}

export interface PackageResource {
  readonly name: string
  readonly path: string
  readonly title: string
  readonly profile: 'data-resource' | 'tabular-data-resource'
  readonly format: 'json' | 'csv'
  readonly mediatype: string
  readonly encoding: 'utf-8'
  readonly schema: { readonly fields: readonly PackageField[]; readonly missingValues?: readonly string[] }
  readonly licenses: typeof PACKAGE_LICENSES
  readonly sources: typeof RECORD_SOURCES
  readonly [extra: string]: unknown
}

export const PACKAGE_LICENSES = [{ name: DATA_LICENCE.id, path: DATA_LICENCE.url, title: DATA_LICENCE.title }] as const

/** Every record names its sources by id; the ids resolve in sources.json. */
const RECORD_SOURCES = [
  { title: 'The sources each record cites, by id, listed in sources.json', path: 'sources.json' },
] as const

export interface JsonFile {
  readonly path: string
  readonly title: string
  readonly description: string
  readonly fields: readonly PackageField[]
}

export function jsonResource({ path, title, description, fields }: JsonFile): PackageResource {
  return {
    name: path.replace(/\.json$/, ''),
    path,
    title,
    description,
    profile: 'data-resource',
    format: 'json',
    mediatype: 'application/json',
    encoding: 'utf-8',
    schema: { fields },
    licenses: PACKAGE_LICENSES,
    sources: RECORD_SOURCES,
  }
}

/** The zip's CSV tables: RFC 4180 with CRLF rows and a byte-order mark, empty cell = no value. */
export function tableResource(table: DataTable): PackageResource {
  return {
    name: `${table.name}-csv`,
    path: `csv/${table.name}.csv`,
    title: table.title,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: { fields: table.fields, missingValues: [''] },
    licenses: PACKAGE_LICENSES,
    sources: RECORD_SOURCES,
  }
}

export interface PackageFacts {
  readonly version: string
  readonly homepage: string
  readonly resources: readonly PackageResource[]
}

export function dataPackage({ version, homepage, resources }: PackageFacts) {
  return {
    profile: 'data-package',
    name: DATA_PACKAGE_NAME,
    title: exportText('en', 'citation.title'),
    description: `The Russia–Belarus integration roadmaps (2019), the 28 union programmes (2021) and the 2024–2026 package: statuses, deadlines and their outcomes, reported counts, events, people and every source. Licence: ${DATA_LICENCE.name}; ${exportText('en', 'citation.thirdParty')}.`,
    version,
    created: `${version}T00:00:00Z`,
    homepage,
    contributors: [{ title: 'The Union State Roadmap Tracker contributors', role: 'author' }],
    keywords: ['Russia', 'Belarus', 'Union State', 'integration', 'roadmaps', 'union programmes'],
    licenses: PACKAGE_LICENSES,
    sources: [{ title: 'News reports and official statements, each listed in sources.json', path: 'sources.json' }],
    resources,
  }
}

export type DataPackage = ReturnType<typeof dataPackage>
