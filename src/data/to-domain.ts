// Raw, validated JSON → the typed model: fuzzy dates resolved, histories sorted, lookups built once.
import { knownFrom, makeFuzzyDate, maxDate } from '../domain/dates'
import { readStoredTexts } from './stored-text'
import type { LocalizedText } from '../i18n/localized-text'
import type { Story } from '../domain/story-mode'
import type {
  Claimant,
  CountClaim,
  Dataset,
  FuzzyDate,
  IsoDate,
  Item,
  OutcomeRecord,
  Precision,
  Position,
  StatusChange,
  Target,
} from '../domain/types'
import type {
  RawCount,
  RawEvent,
  RawPerson,
  RawProgrammesFile,
  RawRoadmap,
  RawSource,
  RawStory,
  RawTarget,
  RawTopic,
} from './raw-schema'

export interface RawDataset {
  readonly sources: readonly RawSource[]
  readonly people: readonly RawPerson[]
  readonly topics: readonly RawTopic[]
  readonly roadmaps: readonly RawRoadmap[]
  readonly programmes: RawProgrammesFile
  readonly targets: readonly RawTarget[]
  readonly counts: readonly RawCount[]
  readonly events: readonly RawEvent[]
  readonly stories: readonly RawStory[]
}

/** The files' records, each already of its schema's type (checked by parse-dataset.ts or by the build). */
export const rawDatasetOf = (files: Readonly<Record<string, unknown>>) =>
  ({
    sources: files['sources.json'],
    people: files['people.json'],
    topics: files['topics.json'],
    roadmaps: files['roadmaps.json'],
    programmes: files['programmes.json'],
    targets: files['targets.json'],
    counts: files['counts.json'],
    events: files['events.json'],
    // A user's own dataset may leave the stories out.
    stories: files['story.json'] ?? [],
  }) as RawDataset

export interface RawDated {
  date: string
  precision: Precision
  inferred?: boolean | undefined
  dateNote?: LocalizedText | undefined
}

const fuzzy = (raw: RawDated): FuzzyDate => makeFuzzyDate(raw.date, raw.precision, raw.inferred ?? false, raw.dateNote ?? null)

/** A bare partial date (metOn, movedTo): its precision follows from its length. */
const bareFuzzy = (value: string): FuzzyDate =>
  makeFuzzyDate(value, value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day')

const claimant = (raw: { personId?: string | undefined; label: LocalizedText }): Claimant => ({
  personId: raw.personId ?? null,
  label: raw.label,
})

const byDate = <T extends { date: FuzzyDate }>(a: T, b: T) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0)
const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id)

type RawHistoryEntry = RawRoadmap['history'][number]
type RawPosition = NonNullable<RawRoadmap['positions']>[number]

const toStatusChange = (raw: RawHistoryEntry): StatusChange => ({
  date: fuzzy(raw),
  status: raw.status,
  claimant: claimant(raw.claimant),
  summary: raw.summary,
  sources: raw.sources,
  confidence: raw.confidence,
  contradicts: raw.contradicts ?? [],
})

const toPosition = (raw: RawPosition): Position => ({
  side: raw.side,
  date: fuzzy(raw),
  claimant: claimant(raw.claimant),
  summary: raw.summary,
  sources: raw.sources,
})

export function toItem(raw: RawRoadmap | RawProgrammesFile['programmes'][number], set: Item['set']): Item {
  return {
    id: raw.id,
    set,
    title: raw.title,
    titleStatus: raw.titleStatus,
    titleNote: raw.titleNote ?? null,
    officialNumber: 'officialNumber' in raw ? (raw.officialNumber ?? null) : null,
    topics: raw.topics,
    summary: raw.summary ?? null,
    sources: raw.sources,
    // A stable sort keeps same-day reports in file order.
    history: raw.history.map(toStatusChange).sort(byDate),
    positions: (raw.positions ?? []).map(toPosition).sort(byDate),
  }
}

export function toOutcome(raw: RawTarget['outcomes'][number]): OutcomeRecord {
  return {
    date: fuzzy(raw),
    outcome: raw.outcome,
    metOn: raw.metOn ? bareFuzzy(raw.metOn) : null,
    movedTo: raw.movedTo ? bareFuzzy(raw.movedTo) : null,
    summary: raw.summary,
    sources: raw.sources,
  }
}

export function toCount(raw: RawCount): CountClaim {
  return {
    id: raw.id,
    date: fuzzy(raw),
    cycle: raw.cycle,
    subject: raw.subject,
    metric: raw.metric,
    value: raw.value,
    valueHigh: raw.valueHigh ?? null,
    of: raw.of,
    qualifier: raw.qualifier,
    claimant: claimant(raw.claimant),
    summary: raw.summary,
    conflictGroup: raw.conflictGroup ?? null,
    sources: raw.sources,
    confidence: raw.confidence,
  }
}

export function toTarget(raw: RawTarget): Target {
  return {
    id: raw.id,
    title: raw.title,
    summary: raw.summary,
    topics: raw.topics,
    cycle: raw.cycle,
    setBy: claimant(raw.setBy),
    setOn: fuzzy(raw.setOn),
    due: fuzzy(raw.due),
    dueNote: raw.dueNote ?? null,
    appliesTo: raw.appliesTo ?? [],
    outcomes: raw.outcomes.map(toOutcome).sort(byDate),
    sources: raw.sources,
  }
}

export function toStory(raw: RawStory): Story {
  return {
    id: raw.id,
    title: raw.title,
    writtenIn: null,
    steps: raw.steps.map((step) => ({
      view: {
        visual: step.visual,
        asOf: step.asOf,
        compare: step.compare ?? null,
        filters: {
          set: step.set,
          topics: step.topics ?? [],
          statuses: step.statuses ?? [],
          actors: [],
          outcomes: step.outcomes ?? [],
          q: '',
        },
        items: step.items ?? [],
      },
      takeaway: step.takeaway,
      notes: step.notes,
      sources: step.sources,
      hidden: false,
    })),
  }
}

const indexById = <T extends { id: string }>(records: readonly T[]): ReadonlyMap<string, T> =>
  new Map(records.map((record) => [record.id, record]))

/** `translated`: whether the texts have their Russian (see parse-dataset.ts). */
export function toDomain(raw: RawDataset, translated: boolean): Dataset {
  const sources = raw.sources.map((source) => ({
    id: source.id,
    publisher: source.publisher,
    title: source.title,
    originalTitle: source.originalTitle ?? null,
    date: fuzzy(source),
    url: source.url ?? null,
    seedFile: source.seedFile ?? null,
    language: source.language,
    note: source.note ?? null,
  }))
  const people = raw.people.map((person) => ({
    id: person.id,
    name: person.name,
    variants: person.variants,
    country: person.country,
    roles: person.roles.map((role) => ({
      title: role.title,
      from: role.from ?? null,
      to: role.to ?? null,
      note: role.note ?? null,
      sources: role.sources,
    })),
  }))
  const items = [
    ...[...raw.roadmaps].sort(byId).map((roadmap) => toItem(roadmap, 'roadmaps')),
    ...[...raw.programmes.programmes].sort(byId).map((programme) => toItem(programme, 'programmes')),
  ]
  const targets = [...raw.targets].sort(byId).map(toTarget)
  const counts = raw.counts.map(toCount).sort(byDate)
  const events = raw.events
    .map((event) => ({
      id: event.id,
      date: fuzzy(event),
      title: event.title,
      summary: event.summary,
      actors: event.actors,
      actorLabels: event.actorLabels ?? [],
      topics: event.topics,
      milestone: event.milestone,
      kind: event.kind ?? null,
      sources: event.sources,
    }))
    .sort(byDate)
  const factDates: IsoDate[] = [
    ...events.map((event) => knownFrom(event.date)),
    ...counts.map((count) => knownFrom(count.date)),
    ...items.flatMap((item) => item.history.map((change) => knownFrom(change.date))),
    ...targets.flatMap((target) => target.outcomes.map((outcome) => knownFrom(outcome.date))),
  ]
  return {
    sources,
    sourcesById: indexById(sources),
    people,
    peopleById: indexById(people),
    topics: raw.topics,
    topicsById: indexById(raw.topics),
    items,
    itemsById: indexById(items),
    reportedAreas: raw.programmes.reportedAreas,
    crosswalk: raw.programmes.crosswalk.map((link) => ({
      roadmapId: link.roadmapId,
      programmeId: link.programmeId,
      areaId: link.areaId ?? null,
      confidence: link.confidence,
      note: link.note,
      sources: link.sources,
    })),
    targets,
    targetsById: indexById(targets),
    counts,
    events,
    latestFactDate: factDates.reduce(maxDate, '1999-01-01'),
    stories: raw.stories.map(toStory),
    translated,
  }
}

/** The files as the build checked them (scripts/check-data-folder.ts), their texts read by their shape. */
export const readCheckedFiles = (files: Readonly<Record<string, unknown>>): RawDataset =>
  rawDatasetOf(Object.fromEntries(Object.entries(files).map(([name, value]) => [name, readStoredTexts(value)])))

export function checkedFilesToDomain(files: Readonly<Record<string, unknown>>, translated: boolean): Dataset {
  return toDomain(readCheckedFiles(files), translated)
}
