// The whole dataset as flat tables, one CSV each, for spreadsheets and scripts: a row per record, nested lists
// (status history, outcomes, roles) in tables of their own keyed by the parent's id. Each column is declared once
// here with its Table Schema type, so a CSV's header and its description in datapackage.json cannot drift.
// Every text gets a column per language (`title_en`, `title_ru`); the Russian column is empty for a user's own
// dataset written in English only.
import { OUTCOME_META } from '../domain/outcome'
import { STATUS_META } from '../domain/status'
import type { Claimant, Dataset, FuzzyDate } from '../domain/types'
import { LANGS } from '../i18n/lang'
import type { LocalizedText } from '../i18n/localized-text'
import { toCsv } from './csv'

/** Table Schema field types; partial dates (YYYY, YYYY-MM) are strings with a `_precision` column beside them. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean'

export interface TableField {
  readonly name: string
  readonly type: FieldType
}

export interface DataTable {
  /** Also the file name: `csv/<name>.csv`. */
  readonly name: string
  readonly title: string
  readonly fields: readonly TableField[]
  readonly csv: string
}

interface Column<Row> extends TableField {
  readonly value: (row: Row) => string | number | boolean | null
}

type Value<Row, T> = (row: Row) => T

/** Column makers for one kind of row, so each column's getter is typed by the table's rows. */
function columnsFor<Row>() {
  const column = (name: string, type: FieldType, value: Column<Row>['value']): Column<Row> => ({ name, type, value })
  const text = (name: string, value: Value<Row, string | null>) => column(name, 'string', value)
  /** `title_en`, `title_ru` for one text. */
  const localized = (prefix: string, value: Value<Row, LocalizedText | null>) =>
    LANGS.map((lang) => text(`${prefix}_${lang}`, (row) => value(row)?.[lang] ?? null))
  return {
    text,
    integer: (name: string, value: Value<Row, number | null>) => column(name, 'integer', value),
    number: (name: string, value: Value<Row, number | null>) => column(name, 'number', value),
    boolean: (name: string, value: Value<Row, boolean>) => column(name, 'boolean', value),
    ids: (name: string, value: Value<Row, readonly string[]>) => text(name, (row) => value(row).join(' ')),
    labels: (name: string, value: Value<Row, readonly string[]>) => text(name, (row) => value(row).join('; ')),
    localized,
    /** `actor_labels_en`, `actor_labels_ru`: a list of texts, one column per language. */
    localizedLabels: (prefix: string, value: Value<Row, readonly LocalizedText[]>) =>
      LANGS.map((lang) =>
        text(`${prefix}_${lang}`, (row) =>
          value(row)
            .map((label) => label[lang] ?? label.en)
            .join('; '),
        ),
      ),
    /** `date`, `date_precision`, `date_inferred`, `date_note_en`, `date_note_ru` for one fuzzy date. */
    date: (prefix: string, value: Value<Row, FuzzyDate>) => [
      text(prefix, (row) => value(row).value),
      text(`${prefix}_precision`, (row) => value(row).precision),
      column(`${prefix}_inferred`, 'boolean', (row) => value(row).inferred),
      ...localized(`${prefix}_note`, (row) => value(row).note),
    ],
    claimant: (prefix: string, value: Value<Row, Claimant>) => [
      text(`${prefix}_person_id`, (row) => value(row).personId),
      ...localized(prefix, (row) => value(row).label),
    ],
  }
}

type Columns<Row> = ReturnType<typeof columnsFor<Row>>

function table<Row>(name: string, title: string, rowsOf: (dataset: Dataset) => readonly Row[]) {
  return (declare: (c: Columns<Row>) => Column<Row>[]) =>
    (dataset: Dataset): DataTable => {
      const columns = declare(columnsFor<Row>())
      const cell = (value: string | number | boolean | null) => (value === null ? '' : String(value))
      const rows = rowsOf(dataset).map((row) => columns.map((column) => cell(column.value(row))))
      return {
        name,
        title,
        fields: columns.map(({ name: field, type }) => ({ name: field, type })),
        csv: toCsv([columns.map((column) => column.name), ...rows]),
      }
    }
}

const items = table(
  'items',
  'Roadmaps (2019) and union programmes (2021)',
  (dataset) => dataset.items,
)((c) => [
  c.text('id', (item) => item.id),
  c.text('set', (item) => item.set),
  c.integer('official_number', (item) => item.officialNumber),
  ...c.localized('title', (item) => item.title),
  c.text('title_status', (item) => item.titleStatus),
  ...c.localized('title_note', (item) => item.titleNote),
  c.ids('topics', (item) => item.topics),
  ...c.localized('summary', (item) => item.summary),
  c.text('latest_status', (item) => item.history.at(-1)?.status ?? null),
  c.text('latest_status_date', (item) => item.history.at(-1)?.date.value ?? null),
  c.ids('sources', (item) => item.sources),
])

const statusHistory = table(
  'item_status_history',
  'Every reported status of every roadmap and programme, by date',
  (dataset) => dataset.items.flatMap((item) => item.history.map((change) => ({ item, change }))),
)((c) => [
  c.text('item_id', (row) => row.item.id),
  c.text('set', (row) => row.item.set),
  ...c.date('date', (row) => row.change.date),
  c.text('status', (row) => row.change.status),
  ...LANGS.map((lang) => c.text(`status_label_${lang}`, (row) => STATUS_META[row.change.status].label[lang])),
  ...c.claimant('claimant', (row) => row.change.claimant),
  c.text('confidence', (row) => row.change.confidence),
  ...c.localized('summary', (row) => row.change.summary),
  c.ids('sources', (row) => row.change.sources),
])

const positions = table('item_positions', "Each side's reported position on an item", (dataset) =>
  dataset.items.flatMap((item) => item.positions.map((position) => ({ itemId: item.id, position }))),
)((c) => [
  c.text('item_id', (row) => row.itemId),
  c.text('side', (row) => row.position.side),
  ...c.date('date', (row) => row.position.date),
  ...c.claimant('claimant', (row) => row.position.claimant),
  ...c.localized('summary', (row) => row.position.summary),
  c.ids('sources', (row) => row.position.sources),
])

const targets = table(
  'targets',
  'Targets and deadlines',
  (dataset) => dataset.targets,
)((c) => [
  c.text('id', (target) => target.id),
  c.text('cycle', (target) => target.cycle),
  ...c.localized('title', (target) => target.title),
  ...c.localized('summary', (target) => target.summary),
  c.ids('topics', (target) => target.topics),
  ...c.claimant('set_by', (target) => target.setBy),
  ...c.date('set_on', (target) => target.setOn),
  ...c.date('due', (target) => target.due),
  ...c.localized('due_note', (target) => target.dueNote),
  c.ids('applies_to', (target) => target.appliesTo),
  c.text('latest_outcome', (target) => target.outcomes.at(-1)?.outcome ?? null),
  c.ids('sources', (target) => target.sources),
])

const targetOutcomes = table('target_outcomes', 'What became of each target, by date', (dataset) =>
  dataset.targets.flatMap((target) => target.outcomes.map((record) => ({ targetId: target.id, record }))),
)((c) => [
  c.text('target_id', (row) => row.targetId),
  ...c.date('date', (row) => row.record.date),
  c.text('outcome', (row) => row.record.outcome),
  ...LANGS.map((lang) => c.text(`outcome_label_${lang}`, (row) => OUTCOME_META[row.record.outcome].label[lang])),
  c.text('met_on', (row) => row.record.metOn?.value ?? null),
  c.text('moved_to', (row) => row.record.movedTo?.value ?? null),
  ...c.localized('summary', (row) => row.record.summary),
  c.ids('sources', (row) => row.record.sources),
])

const counts = table(
  'counts',
  'Reported counts, each with its claimant',
  (dataset) => dataset.counts,
)((c) => [
  c.text('id', (count) => count.id),
  ...c.date('date', (count) => count.date),
  c.text('cycle', (count) => count.cycle),
  c.text('subject', (count) => count.subject),
  c.text('metric', (count) => count.metric),
  c.number('value', (count) => count.value),
  c.number('value_high', (count) => count.valueHigh),
  c.integer('of', (count) => count.of),
  c.text('qualifier', (count) => count.qualifier),
  ...c.claimant('claimant', (count) => count.claimant),
  ...c.localized('summary', (count) => count.summary),
  c.text('conflict_group', (count) => count.conflictGroup),
  c.text('confidence', (count) => count.confidence),
  c.ids('sources', (count) => count.sources),
])

const events = table(
  'events',
  'The dated timeline',
  (dataset) => dataset.events,
)((c) => [
  c.text('id', (event) => event.id),
  ...c.date('date', (event) => event.date),
  ...c.localized('title', (event) => event.title),
  ...c.localized('summary', (event) => event.summary),
  c.ids('actors', (event) => event.actors),
  ...c.localizedLabels('actor_labels', (event) => event.actorLabels),
  c.ids('topics', (event) => event.topics),
  c.boolean('milestone', (event) => event.milestone),
  c.text('kind', (event) => event.kind),
  c.ids('sources', (event) => event.sources),
])

const sources = table(
  'sources',
  'Every source, with its title in its own language',
  (dataset) => dataset.sources,
)((c) => [
  c.text('id', (source) => source.id),
  ...c.localized('publisher', (source) => source.publisher),
  ...c.localized('title', (source) => source.title),
  c.text('original_title', (source) => source.originalTitle),
  c.text('language', (source) => source.language),
  ...c.date('date', (source) => source.date),
  c.text('url', (source) => source.url),
  c.text('seed_file', (source) => source.seedFile),
  ...c.localized('note', (source) => source.note),
])

const people = table(
  'people',
  'People named in the data, in Latin and Cyrillic',
  (dataset) => dataset.people,
)((c) => [
  c.text('id', (person) => person.id),
  ...c.localized('name', (person) => person.name),
  c.labels('variants', (person) => person.variants),
  c.text('country', (person) => person.country),
])

const roles = table('people_roles', 'The roles people held, with dates', (dataset) =>
  dataset.people.flatMap((person) => person.roles.map((role) => ({ personId: person.id, role }))),
)((c) => [
  c.text('person_id', (row) => row.personId),
  ...c.localized('title', (row) => row.role.title),
  c.text('from', (row) => row.role.from),
  c.text('to', (row) => row.role.to),
  ...c.localized('note', (row) => row.role.note),
  c.ids('sources', (row) => row.role.sources),
])

const topics = table(
  'topics',
  'The topic vocabulary',
  (dataset) => dataset.topics,
)((c) => [
  c.text('id', (topic) => topic.id),
  ...c.localized('label', (topic) => topic.label),
  c.labels('aliases', (topic) => topic.aliases),
])

const reportedAreas = table(
  'reported_areas',
  'Subject areas officials named for the union programmes',
  (dataset) => dataset.reportedAreas,
)((c) => [
  c.text('id', (area) => area.id),
  ...c.localized('label', (area) => area.label),
  c.ids('topics', (area) => area.topics),
  ...c.localized('named_by', (area) => area.namedBy),
  c.ids('sources', (area) => area.sources),
])

const crosswalk = table(
  'crosswalk',
  'Links from the 2019 roadmaps to the 2021 programmes',
  (dataset) => dataset.crosswalk,
)((c) => [
  c.text('roadmap_id', (link) => link.roadmapId),
  c.text('programme_id', (link) => link.programmeId),
  c.text('area_id', (link) => link.areaId),
  c.text('confidence', (link) => link.confidence),
  ...c.localized('note', (link) => link.note),
  c.ids('sources', (link) => link.sources),
])

const TABLES = [
  items,
  statusHistory,
  positions,
  targets,
  targetOutcomes,
  counts,
  events,
  sources,
  people,
  roles,
  topics,
  reportedAreas,
  crosswalk,
]

/** Every table, in a fixed order. Multi-valued cells hold ids separated by spaces, or labels by "; ". */
export function dataTables(dataset: Dataset): readonly DataTable[] {
  return TABLES.map((toTable) => toTable(dataset))
}
