// A synthetic dataset (synthetic.ts) written out as the data files store it, so the benchmark can load thousands of
// items through the app's own import, validation included. Ids are renamed to the stored patterns (RM…, UP…, S…),
// and nulls become absent fields, as in data/.
import type { DataFileTexts } from '../data/parse-dataset'
import { DATA_FILE_NAMES, type DataFileName } from '../data/raw-schema'
import type { Claimant, Dataset, FuzzyDate, Item, OutcomeRecord, StatusChange } from '../domain/types'

export type DataFilesJson = Record<DataFileName, unknown>

type Json = Record<string, unknown>

/** Drops the null and undefined fields: the stored shape leaves out what it does not know. */
function present(record: Json): Json {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null && value !== undefined))
}

const dated = (date: FuzzyDate): Json =>
  present({ date: date.value, precision: date.precision, inferred: date.inferred || null, dateNote: date.note })

const ID_PREFIX = { R: 'RM', P: 'UP', X: 'S', T: 'T', C: 'C', E: 'E' } as const
const isPrefix = (letter: string): letter is keyof typeof ID_PREFIX => letter in ID_PREFIX

/** R00012 → RM00012, X0003 → S0003: the generator's numbering under the prefixes the schema expects. */
function storedId(id: string): string {
  const letter = id.charAt(0)
  if (!isPrefix(letter)) return id
  const digits = id.slice(1)
  // Counts and events are few (under a thousand); their ids keep the three digits the stored files use.
  const width = letter === 'C' || letter === 'E' ? 3 : digits.length
  return `${ID_PREFIX[letter]}${String(Number(digits)).padStart(width, '0')}`
}

const ids = (values: readonly string[]) => values.map(storedId)

const claimant = (who: Claimant): Json => present({ personId: who.personId, label: who.label })

function statusChange(change: StatusChange): Json {
  return {
    ...dated(change.date),
    status: change.status,
    claimant: claimant(change.claimant),
    summary: change.summary,
    sources: ids(change.sources),
    confidence: change.confidence,
  }
}

function item(record: Item): Json {
  return {
    // A never-published title is stored as null, not left out.
    title: record.title,
    ...present({
      id: storedId(record.id),
      titleStatus: record.titleStatus,
      titleNote: record.titleNote,
      officialNumber: record.officialNumber,
      topics: record.topics,
      summary: record.summary,
      sources: ids(record.sources),
      history: record.history.map(statusChange),
      positions: record.positions.map((position) => ({
        side: position.side,
        ...dated(position.date),
        claimant: claimant(position.claimant),
        summary: position.summary,
        sources: ids(position.sources),
      })),
    }),
  }
}

function outcome(record: OutcomeRecord): Json {
  return present({
    ...dated(record.date),
    outcome: record.outcome,
    metOn: record.metOn?.value,
    movedTo: record.movedTo?.value,
    summary: record.summary,
    sources: ids(record.sources),
  })
}

/** The dataset as one JSON object keyed by data file name: the shape the "Your own data" import reads. */
export function toDataFilesJson(dataset: Dataset): DataFilesJson {
  const firstSource = storedId(dataset.sources[0]?.id ?? 'X0001')
  return {
    'sources.json': dataset.sources.map((source) =>
      present({
        id: storedId(source.id),
        publisher: source.publisher,
        title: source.title,
        originalTitle: source.originalTitle,
        ...dated(source.date),
        url: source.url,
        seedFile: source.seedFile,
        language: source.language,
        note: source.note,
      }),
    ),
    'people.json': dataset.people.map((person) =>
      present({
        id: person.id,
        name: person.name,
        variants: person.variants,
        country: person.country,
        // The generator's roles cite nothing; a stored role needs a source, so it cites the first one.
        roles: person.roles.map((role) =>
          present({
            title: role.title,
            from: role.from,
            to: role.to,
            note: role.note,
            sources: role.sources.length > 0 ? ids(role.sources) : [firstSource],
          }),
        ),
      }),
    ),
    'topics.json': dataset.topics.map((topic) => ({ ...topic })),
    'roadmaps.json': dataset.items.filter((record) => record.set === 'roadmaps').map(item),
    'programmes.json': {
      programmes: dataset.items.filter((record) => record.set === 'programmes').map(item),
      reportedAreas: dataset.reportedAreas.map((area) => ({ ...area, sources: ids(area.sources) })),
      crosswalk: dataset.crosswalk.map((link) => ({
        ...present({ ...link, roadmapId: storedId(link.roadmapId), sources: ids(link.sources) }),
        // A roadmap that led to no programme is stored as null, not left out.
        programmeId: link.programmeId === null ? null : storedId(link.programmeId),
      })),
    },
    'targets.json': dataset.targets.map((target) =>
      present({
        id: storedId(target.id),
        title: target.title,
        summary: target.summary,
        topics: target.topics,
        cycle: target.cycle,
        setBy: claimant(target.setBy),
        setOn: dated(target.setOn),
        due: dated(target.due),
        dueNote: target.dueNote,
        appliesTo: ids(target.appliesTo),
        outcomes: target.outcomes.map(outcome),
        sources: ids(target.sources),
      }),
    ),
    'counts.json': dataset.counts.map((count) => ({
      ...present({
        id: storedId(count.id),
        ...dated(count.date),
        cycle: count.cycle,
        subject: count.subject,
        metric: count.metric,
        value: count.value,
        valueHigh: count.valueHigh,
        qualifier: count.qualifier,
        claimant: claimant(count.claimant),
        summary: count.summary,
        conflictGroup: count.conflictGroup,
        sources: ids(count.sources),
        confidence: count.confidence,
      }),
      // The stored shape keeps an unknown total as null.
      of: count.of,
    })),
    'events.json': dataset.events.map((event) =>
      present({
        id: storedId(event.id),
        ...dated(event.date),
        title: event.title,
        summary: event.summary,
        actors: event.actors,
        actorLabels: event.actorLabels.length > 0 ? event.actorLabels : null,
        topics: event.topics,
        milestone: event.milestone,
        kind: event.kind,
        sources: ids(event.sources),
      }),
    ),
    'story.json': [],
  }
}

/** The same files as the text of each, as the parser reads them. */
export function toDataFileTexts(dataset: Dataset): DataFileTexts {
  const json = toDataFilesJson(dataset)
  return Object.fromEntries(DATA_FILE_NAMES.map((name) => [name, JSON.stringify(json[name])]))
}
