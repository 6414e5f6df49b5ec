// Text of each data file → validated model, or every problem found, each naming file, record and field.
// Shared by the app's loader, the custom-dataset import and `npm run validate-data`.
import type { Dataset } from '../domain/types'
import { consistencyProblems } from './consistency-rules'
import { textLanguages, type TextLanguages } from './text-languages'
import type { DataProblem } from './data-error'
import { DATA_FILE_NAMES, DATA_FILE_SCHEMAS, type DataFileName } from './raw-schema'
import { rawDatasetOf, toDomain, type RawDataset } from './to-domain'
import { unknownFields } from './unknown-fields'

export type DataFileTexts = Partial<Record<DataFileName, string>>
/** The files, checked: what toDomain() builds the model from. Plain JSON, so the build can ship it checked. */
export interface CheckedData {
  readonly raw: RawDataset
  /** Whether the texts have their Russian (see missingRussian). */
  readonly translated: boolean
}
type Checked<Result> =
  /** `warnings`: fields the schema does not know, which were ignored. */
  | ({ ok: true; warnings: readonly DataProblem[] } & Result)
  | { ok: false; problems: readonly DataProblem[] }
export type CheckResult = Checked<CheckedData>
/**
 * The bundled data as the build hands it to the app (scripts/checked-data-plugin.ts): each file's JSON as stored,
 * and what the checks found; `translated` as in CheckedData.
 */
export interface BundledDataModule {
  readonly files: Partial<Record<DataFileName, unknown>>
  readonly translated: boolean
  readonly problems: readonly DataProblem[]
}
export type ParseResult = Checked<{ dataset: Dataset }>

/** Past this many problems the list is cut: a broken file would otherwise report thousands. */
const MAX_PROBLEMS = 200
const EXPECTED_ROADMAPS = 31
const EXPECTED_PROGRAMMES = 28

type PathKey = PropertyKey

/** Ids are shown in problems as they are, up to a length a table cell and a terminal line can hold. */
const MAX_SHOWN_ID = 40
const shownId = (id: string) => (id.length > MAX_SHOWN_ID ? `${id.slice(0, MAX_SHOWN_ID)}…` : id)

function recordLabel(json: unknown, path: readonly PathKey[]): { record: string; rest: readonly PathKey[] } {
  // programmes.json nests its arrays one level down: { programmes: [...] }.
  let container: unknown = json
  let consumed = 0
  if (!Array.isArray(json) && typeof path[0] === 'string' && typeof path[1] === 'number') {
    container = (json as Record<string, unknown>)[path[0]]
    consumed = 1
  }
  const index = path[consumed]
  if (typeof index !== 'number') return { record: '(file)', rest: path }
  const entry = Array.isArray(container) ? (container[index] as unknown) : undefined
  const id =
    entry && typeof entry === 'object' && 'id' in entry && typeof entry.id === 'string' ? shownId(entry.id) : `#${index}`
  const prefix = consumed ? `${String(path[0])} ` : ''
  return { record: `${prefix}${id}`, rest: path.slice(consumed + 1) }
}

const fieldName = (rest: readonly PathKey[]) =>
  rest.length === 0 ? '(record)' : rest.map((key) => (typeof key === 'number' ? `[${key}]` : String(key))).join('.').replace(/\.\[/g, '[')

function describeJsonError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return `not valid JSON (${message})`
}

type Issue = { readonly code: string; readonly path: readonly PathKey[]; readonly message: string; readonly errors?: readonly (readonly Issue[])[] }

/**
 * A text is a string or `{ en, ru }`, so a bad one fails both shapes and zod reports only "Invalid input". The
 * shape the value has is the one it was meant as: its own problem ("Too big", "ru: expected string") is named.
 */
function innermostIssues(issue: Issue): readonly Issue[] {
  if (issue.code !== 'invalid_union' || !issue.errors) return [issue]
  const meant = issue.errors.find((branch) => !branch.every((inner) => inner.code === 'invalid_type' && inner.path.length === 0))
  if (!meant) return [issue]
  return meant.flatMap((inner) => innermostIssues({ ...inner, path: [...issue.path, ...inner.path] }))
}

/** Schema check of one file's text. */
function parseFile(
  name: DataFileName,
  text: string | undefined,
  problems: DataProblem[],
  warnings: DataProblem[],
  // The bundled data must have its stories; a user's own dataset may leave story.json out.
  required: boolean,
): unknown {
  if (text === undefined && name === 'story.json' && !required) return []
  if (text === undefined) {
    problems.push({ file: name, record: '(file)', field: '(file)', message: 'file is missing' })
    return undefined
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    problems.push({ file: name, record: '(file)', field: '(file)', message: describeJsonError(error) })
    return undefined
  }
  const result = DATA_FILE_SCHEMAS[name].safeParse(json)
  if (result.success) {
    for (const path of unknownFields(DATA_FILE_SCHEMAS[name], json)) {
      const { record, rest } = recordLabel(json, path)
      warnings.push({ file: name, record, field: fieldName(rest), message: 'unknown field, ignored' })
    }
    return result.data
  }
  for (const issue of result.error.issues.flatMap(innermostIssues)) {
    const { record, rest } = recordLabel(json, issue.path)
    problems.push({ file: name, record, field: fieldName(rest), message: issue.message })
  }
  return undefined
}

interface Reference {
  readonly file: DataFileName
  readonly record: string
  readonly field: string
  readonly id: string
}

/** Every id a record refers to under the given keys, found wherever it sits in the record. */
function collectReferences(
  file: DataFileName,
  record: string,
  value: unknown,
  keys: ReadonlySet<string>,
  path: string,
  out: Reference[],
): void {
  if (Array.isArray(value)) {
    value.forEach((entry, index) => collectReferences(file, record, entry, keys, `${path}[${index}]`, out))
    return
  }
  if (!value || typeof value !== 'object') return
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key
    if (keys.has(key)) {
      const ids = Array.isArray(child) ? child : [child]
      ids.forEach((id, index) => {
        if (typeof id === 'string') out.push({ file, record, field: Array.isArray(child) ? `${childPath}[${index}]` : childPath, id })
      })
    } else {
      collectReferences(file, record, child, keys, childPath, out)
    }
  }
}

function checkDuplicates(file: DataFileName, label: string, records: readonly { id: string }[], problems: DataProblem[]) {
  const seen = new Set<string>()
  records.forEach((record, index) => {
    if (seen.has(record.id)) {
      problems.push({ file, record: `${label}${shownId(record.id)}`, field: 'id', message: `duplicate id (again at #${index})` })
    }
    seen.add(record.id)
  })
}

type RecordsByFile = readonly [DataFileName, string, readonly { id: string }[]]

export interface ParseOptions {
  /** The bundled data must hold the whole programme: exactly 31 roadmaps and 28 programmes. */
  readonly requireFullProgramme: boolean
}

function crossFileProblems(raw: RawDataset, options: ParseOptions): DataProblem[] {
  const problems: DataProblem[] = []
  const files: readonly RecordsByFile[] = [
    ['sources.json', '', raw.sources],
    ['people.json', '', raw.people],
    ['topics.json', '', raw.topics],
    ['roadmaps.json', '', raw.roadmaps],
    ['programmes.json', 'programmes ', raw.programmes.programmes],
    ['programmes.json', 'reportedAreas ', raw.programmes.reportedAreas],
    ['targets.json', '', raw.targets],
    ['counts.json', '', raw.counts],
    ['events.json', '', raw.events],
    ['story.json', '', raw.stories],
  ]
  for (const [file, label, records] of files) checkDuplicates(file, label, records, problems)

  if (options.requireFullProgramme && raw.roadmaps.length !== EXPECTED_ROADMAPS) {
    problems.push({ file: 'roadmaps.json', record: '(file)', field: '(file)', message: `expected exactly ${EXPECTED_ROADMAPS} roadmaps, found ${raw.roadmaps.length}` })
  }
  if (options.requireFullProgramme && raw.programmes.programmes.length !== EXPECTED_PROGRAMMES) {
    problems.push({ file: 'programmes.json', record: 'programmes', field: '(list)', message: `expected exactly ${EXPECTED_PROGRAMMES} programmes, found ${raw.programmes.programmes.length}` })
  }

  const known = {
    sources: new Set(raw.sources.map((source) => source.id)),
    topics: new Set(raw.topics.map((topic) => topic.id)),
    people: new Set(raw.people.map((person) => person.id)),
    items: new Set([...raw.roadmaps, ...raw.programmes.programmes].map((item) => item.id)),
    areas: new Set(raw.programmes.reportedAreas.map((area) => area.id)),
    claims: new Set([...raw.counts, ...raw.targets, ...raw.events].map((record) => record.id)),
  }
  const checks: readonly [ReadonlySet<string>, ReadonlySet<string>, string][] = [
    [new Set(['sources']), known.sources, 'unknown source id'],
    [new Set(['topics']), known.topics, 'unknown topic id'],
    [new Set(['personId', 'actors']), known.people, 'unknown person id'],
    [new Set(['appliesTo', 'roadmapId', 'programmeId', 'items']), known.items, 'unknown roadmap or programme id'],
    [new Set(['areaId']), known.areas, 'unknown reported area id'],
    [new Set(['contradicts']), known.claims, 'unknown count, target or event id'],
  ]
  const recordSets: readonly [DataFileName, string, readonly object[]][] = [
    ['people.json', '', raw.people],
    ['roadmaps.json', '', raw.roadmaps],
    ['programmes.json', 'programmes ', raw.programmes.programmes],
    ['programmes.json', 'reportedAreas ', raw.programmes.reportedAreas],
    ['programmes.json', 'crosswalk ', raw.programmes.crosswalk],
    ['targets.json', '', raw.targets],
    ['counts.json', '', raw.counts],
    ['events.json', '', raw.events],
    ['story.json', '', raw.stories],
  ]
  for (const [keys, valid, message] of checks) {
    const references: Reference[] = []
    for (const [file, label, records] of recordSets) {
      records.forEach((record, index) => {
        const id = 'id' in record && typeof record.id === 'string' ? shownId(record.id) : `#${index}`
        collectReferences(file, `${label}${id}`, record, keys, '', references)
      })
    }
    for (const reference of references) {
      if (!valid.has(reference.id)) {
        problems.push({ file: reference.file, record: reference.record, field: reference.field, message: `${message} "${shownId(reference.id)}"` })
      }
    }
  }
  return problems
}

/**
 * A dataset is translated throughout or English throughout (a user's own may be): a text without its Russian
 * where others have theirs would show English in the middle of the Russian edition, so each is named.
 */
function missingRussian(
  parsed: Readonly<Record<string, unknown>>,
  languages: ReadonlyMap<DataFileName, TextLanguages>,
): DataProblem[] {
  return DATA_FILE_NAMES.flatMap((name) =>
    (languages.get(name)?.untranslated ?? []).map((path) => {
      const { record, rest } = recordLabel(parsed[name], path)
      return { file: name, record, field: fieldName(rest), message: 'has no Russian (ru), though the dataset is translated' }
    }),
  )
}

/** Every check, without building the model: the build runs this on the bundled data and ships what it returns. */
export function checkDataset(texts: DataFileTexts, options: ParseOptions): CheckResult {
  const problems: DataProblem[] = []
  const warnings: DataProblem[] = []
  const parsed = Object.fromEntries(DATA_FILE_NAMES.map((name) => [name, parseFile(name, texts[name], problems, warnings, options.requireFullProgramme)]))
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) }
  // Every file passed its schema, so each entry has its schema's type.
  const raw = rawDatasetOf(parsed)
  const languages = new Map(DATA_FILE_NAMES.map((name) => [name, textLanguages(parsed[name])]))
  const translated = [...languages.values()].some((file) => file.translated)
  const languageProblems = translated ? missingRussian(parsed, languages) : []
  if (languageProblems.length > 0) return { ok: false, problems: languageProblems.slice(0, MAX_PROBLEMS) }
  const crossProblems = crossFileProblems(raw, options)
  if (crossProblems.length > 0) return { ok: false, problems: crossProblems.slice(0, MAX_PROBLEMS) }
  // Only once every id resolves: these rules follow the links between records.
  const ruleProblems = consistencyProblems(raw)
  if (ruleProblems.length > 0) return { ok: false, problems: ruleProblems.slice(0, MAX_PROBLEMS) }
  // Translated throughout, or (a user's own dataset) English throughout: missingRussian let nothing between through.
  return { ok: true, raw, translated, warnings: warnings.slice(0, MAX_PROBLEMS) }
}

export function parseDataset(texts: DataFileTexts, options: ParseOptions): ParseResult {
  const result = checkDataset(texts, options)
  if (!result.ok) return result
  return { ok: true, dataset: toDomain(result.raw, result.translated), warnings: result.warnings }
}
