// A seeded generator of large, plausible datasets for the scale test and the benchmark: thousands of items with
// histories across the whole status vocabulary, targets with every kind of outcome, count claims, events, people
// with Latin and Cyrillic names, and sources. The same size and seed always give the same dataset.
import { addDays, makeFuzzyDate, maxDate } from '../domain/dates'
import { text } from './text'
import type {
  Claimant,
  CountClaim,
  Dataset,
  FuzzyDate,
  IsoDate,
  Item,
  ItemSet,
  OutcomeRecord,
  Person,
  Position,
  Source,
  StatusChange,
  Target,
  TimelineEvent,
  Topic,
} from '../domain/types'
import { EVENT_KINDS, type Outcome, type Status } from '../domain/vocabulary'
import { seededRandom } from './factories'

export interface SyntheticOptions {
  /** Share of items that are union programmes; the rest are roadmaps. */
  readonly programmeShare?: number
}

const TOPICS: readonly Topic[] = [
  ['oil', 'Oil', 'Нефть'],
  ['gas', 'Gas', 'Газ'],
  ['electricity', 'Electricity', 'Электроэнергия'],
  ['nuclear', 'Nuclear energy', 'Атомная энергетика'],
  ['tax', 'Tax', 'Налоги'],
  ['customs', 'Customs', 'Таможня'],
  ['currency', 'Currency', 'Валюта'],
  ['banking', 'Banking', 'Банки'],
  ['payments', 'Payments', 'Платежи'],
  ['trade', 'Trade', 'Торговля'],
  ['industry', 'Industry', 'Промышленность'],
  ['agriculture', 'Agriculture', 'Сельское хозяйство'],
  ['transport', 'Transport', 'Транспорт'],
  ['communications', 'Communications', 'Связь'],
  ['social', 'Social policy', 'Социальная политика'],
  ['migration', 'Migration', 'Миграция'],
].map(([id = '', label = '', labelRu = '']) => ({ id, label: text(label, labelRu), aliases: [labelRu.toLowerCase()] }))

const NOUNS = ['market', 'harmonisation', 'regulation', 'agreement', 'register', 'standards', 'supervision', 'access']
const PUBLISHERS = ['Belsat', 'Kommersant', 'RBC', 'TASS', 'BelTA', 'Naviny', 'Reuters', 'Meduza', 'Zerkalo']
/** Syllables with their Cyrillic spelling, so each synthetic person is findable in both scripts. */
const SYLLABLES: readonly (readonly [string, string])[] = [
  ['ka', 'ка'],
  ['ro', 'ро'],
  ['va', 'ва'],
  ['mi', 'ми'],
  ['sha', 'ша'],
  ['ko', 'ко'],
  ['le', 'ле'],
  ['no', 'но'],
  ['du', 'ду'],
  ['ze', 'зе'],
]
const ENDINGS: readonly (readonly [string, string])[] = [
  ['ov', 'ов'],
  ['in', 'ин'],
  ['enko', 'енко'],
  ['ich', 'ич'],
]
const FIRST_NAMES: readonly (readonly [string, string])[] = [
  ['Ivan', 'Иван'],
  ['Olga', 'Ольга'],
  ['Pavel', 'Павел'],
  ['Anna', 'Анна'],
  ['Yury', 'Юрий'],
  ['Irina', 'Ирина'],
]
/** Plausible status paths; each item follows one, possibly stopping early. */
const PATHS: readonly (readonly Status[])[] = [
  ['drafting', 'open', 'agreed', 'approved', 'completed'],
  ['drafting', 'open', 'open', 'agreed', 'superseded'],
  ['drafting', 'unattributed', 'agreed', 'approved'],
  ['drafting', 'open', 'set-aside'],
  ['drafting', 'agreed', 'approved', 'superseded'],
  ['open', 'open', 'unattributed', 'completed'],
]
const OUTCOME_CHOICES: readonly Outcome[] = ['met', 'late', 'partly-met', 'missed', 'moved', 'superseded', 'pending']
const LATEST: IsoDate = '2026-06-30'

const pad = (n: number, width: number) => String(n).padStart(width, '0')
const dayOf = (date: IsoDate): FuzzyDate => makeFuzzyDate(date, 'day')

function generator(seed: number) {
  const random = seededRandom(seed)
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1))
  const pick = <T>(values: readonly T[]): T => {
    const value = values[Math.floor(random() * values.length)]
    if (value === undefined) throw new Error('pick from an empty list')
    return value
  }
  const chance = (p: number) => random() < p
  const some = <T>(values: readonly T[], min: number, max: number): T[] => [
    ...new Set(Array.from({ length: int(min, max) }, () => pick(values))),
  ]
  const clampDate = (date: IsoDate) => (date > LATEST ? LATEST : date)
  return { int, pick, chance, some, clampDate }
}

type Gen = ReturnType<typeof generator>

function makePeople(gen: Gen, count: number): Person[] {
  return Array.from({ length: count }, (_, index) => {
    const parts = [gen.pick(SYLLABLES), gen.pick(SYLLABLES), gen.pick(ENDINGS)]
    const last = parts.map(([latin]) => latin).join('')
    const lastRu = parts.map(([, cyrillic]) => cyrillic).join('')
    const [first, firstRu] = gen.pick(FIRST_NAMES)
    const name = `${first} ${last.charAt(0).toUpperCase()}${last.slice(1)}`
    const nameRu = `${firstRu} ${lastRu.charAt(0).toUpperCase()}${lastRu.slice(1)}`
    return {
      id: `p${pad(index + 1, 3)}`,
      name: text(name, nameRu),
      variants: [name.replace(/v/g, 'w').replace(/sh/g, 'sz'), lastRu.charAt(0).toUpperCase() + lastRu.slice(1)],
      country: gen.chance(0.5) ? 'RU' : 'BY',
      roles: [{ title: text('Official'), from: '2019', to: null, note: null, sources: [] }],
    }
  })
}

function makeSources(gen: Gen, count: number): Source[] {
  return Array.from({ length: count }, (_, index) => {
    const id = `X${pad(index + 1, 4)}`
    const seeded = gen.chance(0.1)
    const publisher = gen.pick(PUBLISHERS)
    const date = dayOf(gen.clampDate(addDays('2019-06-01', gen.int(0, 2500))))
    const language = gen.pick(['en', 'ru', 'be'])
    return {
      id,
      publisher: text(publisher),
      title: text(`Report ${index + 1} on the integration talks`),
      originalTitle: language === 'be' ? `Справаздача ${index + 1} аб інтэграцыйных перамовах` : null,
      date,
      url: seeded ? null : `https://example.org/synthetic/${id}`,
      seedFile: seeded ? `${pad(index % 1000, 3)}_${(index * 2654435761).toString(16).slice(-8)}.txt` : null,
      language,
      note: null,
    }
  })
}

function makeItem(gen: Gen, people: readonly Person[], sourceIds: readonly string[], set: ItemSet, n: number): Item {
  const topics = gen.some(TOPICS, 1, 3).map((topic) => topic.id)
  const mainTopic = TOPICS.find((topic) => topic.id === topics[0])
  const hidden = gen.chance(0.05)
  const claimant = (): Claimant => {
    const person = gen.chance(0.7) ? gen.pick(people) : null
    return person ? { personId: person.id, label: person.name } : { personId: null, label: text(gen.pick(PUBLISHERS)) }
  }
  const path = gen.pick(PATHS).slice(0, gen.int(1, 5))
  let date = set === 'roadmaps' ? addDays('2019-09-06', gen.int(-60, 60)) : addDays('2021-05-01', gen.int(0, 120))
  const history: StatusChange[] = path.map((status) => {
    date = gen.clampDate(addDays(date, gen.int(5, 200)))
    const who = claimant()
    return {
      date: dayOf(date),
      status,
      claimant: who,
      summary: text(`${who.label.en} reported the ${set === 'roadmaps' ? 'roadmap' : 'programme'} as ${status}.`),
      sources: gen.some(sourceIds, 1, 2),
      confidence: gen.chance(0.1) ? 'inferred' : 'reported',
      contradicts: [],
    }
  })
  const positions: Position[] = gen.chance(0.3)
    ? Array.from({ length: gen.int(1, 3) }, () => ({
        side: gen.chance(0.5) ? 'RU' : 'BY',
        date: dayOf(gen.clampDate(addDays(history[0]?.date.start ?? LATEST, gen.int(0, 300)))),
        claimant: claimant(),
        summary: text('Set out its side’s conditions.'),
        sources: gen.some(sourceIds, 1, 1),
      }))
    : []
  const prefix = set === 'roadmaps' ? 'R' : 'P'
  return {
    id: `${prefix}${pad(n, 5)}`,
    set,
    title: hidden ? null : text(`${mainTopic?.label.en ?? 'General'} ${gen.pick(NOUNS)} ${n}`),
    titleStatus: hidden ? 'not-public' : set === 'roadmaps' ? 'reported-roadmap' : 'reported',
    titleNote: null,
    officialNumber: null,
    topics: hidden ? [] : topics,
    summary: null,
    sources: [...new Set([...history.flatMap((change) => change.sources), ...positions.flatMap((p) => p.sources)])],
    history,
    positions: positions.sort((a, b) => (a.date.start < b.date.start ? -1 : 1)),
  }
}

function makeOutcomes(gen: Gen, due: IsoDate, sourceIds: readonly string[]): OutcomeRecord[] {
  if (gen.chance(0.15)) return []
  const outcome = gen.pick(OUTCOME_CHOICES)
  const date = gen.clampDate(addDays(due, gen.int(0, 90)))
  return [
    {
      date: dayOf(date),
      outcome,
      metOn: outcome === 'late' ? dayOf(date) : null,
      movedTo: outcome === 'moved' ? dayOf(gen.clampDate(addDays(due, 365))) : null,
      summary: text(`Reported ${outcome}.`),
      sources: gen.some(sourceIds, 1, 1),
    },
  ]
}

function makeTargets(gen: Gen, items: readonly Item[], sourceIds: readonly string[], count: number): Target[] {
  return Array.from({ length: count }, (_, index) => {
    // Most targets bind a few items; a few bind hundreds, as programme-wide deadlines do.
    const appliesTo = gen.some(items, 1, gen.chance(0.03) ? 200 : 8).map((item) => item.id)
    const setOn = gen.clampDate(addDays('2019-09-06', gen.int(0, 2000)))
    const due = gen.clampDate(addDays(setOn, gen.int(30, 700)))
    return {
      id: `T${pad(index + 1, 4)}`,
      title: text(`Deadline ${index + 1}`),
      summary: text('A synthetic deadline.'),
      topics: [],
      cycle: due < '2021-01-01' ? '2019-roadmaps' : due < '2024-01-01' ? '2021-programmes' : '2024-package',
      setBy: { personId: null, label: text(gen.pick(PUBLISHERS)) },
      setOn: dayOf(setOn),
      due: dayOf(due),
      dueNote: null,
      appliesTo,
      outcomes: makeOutcomes(gen, due, sourceIds),
      sources: gen.some(sourceIds, 1, 2),
    }
  })
}

function makeCounts(gen: Gen, items: readonly Item[], sourceIds: readonly string[], count: number): CountClaim[] {
  const totals = { roadmaps: 0, programmes: 0 }
  for (const item of items) totals[item.set]++
  return Array.from({ length: count }, (_, index) => {
    const subject = gen.chance(0.7) ? 'roadmaps' : 'programmes'
    const of = totals[subject]
    return {
      id: `C${pad(index + 1, 4)}`,
      date: dayOf(gen.clampDate(addDays('2019-09-06', gen.int(0, 2400)))),
      cycle: subject === 'roadmaps' ? '2019-roadmaps' : '2021-programmes',
      subject,
      metric: gen.chance(0.5) ? 'agreed' : 'open',
      value: gen.int(0, of),
      valueHigh: null,
      of,
      // Random figures cannot agree with random statuses, and the data checks hold exact counts to the statuses.
      qualifier: gen.chance(0.8) ? 'about' : 'almost',
      claimant: { personId: null, label: text(gen.pick(PUBLISHERS)) },
      summary: text('A synthetic count.'),
      conflictGroup: null,
      sources: gen.some(sourceIds, 1, 2),
      confidence: 'reported',
    }
  })
}

function makeEvents(gen: Gen, people: readonly Person[], sourceIds: readonly string[], count: number) {
  return Array.from({ length: count }, (_, index): TimelineEvent => ({
    id: `E${pad(index + 1, 4)}`,
    date: dayOf(gen.clampDate(addDays('2019-09-06', gen.int(0, 2400)))),
    title: text(`Event ${index + 1}`),
    summary: text('A synthetic event.'),
    actors: gen.some(people, 0, 2).map((person) => person.id),
    actorLabels: [],
    topics: gen.some(TOPICS, 0, 2).map((topic) => topic.id),
    milestone: gen.chance(0.1),
    // By position, not drawn, so the seeded draws of every other field stay as they were.
    kind: EVENT_KINDS[index % EVENT_KINDS.length] ?? null,
    sources: gen.some(sourceIds, 1, 1),
  }))
}

const byDate = <T extends { date: FuzzyDate }>(a: T, b: T) =>
  a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0
const indexById = <T extends { id: string }>(records: readonly T[]) =>
  new Map(records.map((record) => [record.id, record]))

export function makeSyntheticDataset(size: number, seed: number, options: SyntheticOptions = {}): Dataset {
  const gen = generator(seed)
  const people = makePeople(gen, 40)
  const sources = makeSources(gen, Math.max(50, Math.round(size / 10)))
  const sourceIds = sources.map((source) => source.id)
  const programmes = Math.round(size * (options.programmeShare ?? 0.2))
  const items = Array.from({ length: size }, (_, index) =>
    index < size - programmes
      ? makeItem(gen, people, sourceIds, 'roadmaps', index + 1)
      : makeItem(gen, people, sourceIds, 'programmes', index - (size - programmes) + 1),
  )
  const targets = makeTargets(gen, items, sourceIds, Math.max(10, Math.round(size / 25)))
  const counts = makeCounts(gen, items, sourceIds, Math.max(20, Math.round(size / 100))).sort(byDate)
  const events = makeEvents(gen, people, sourceIds, Math.max(20, Math.round(size / 50))).sort(byDate)
  const factDates = [
    ...items.flatMap((item) => item.history.map((change) => change.date.start)),
    ...counts.map((claim) => claim.date.start),
    ...events.map((event) => event.date.start),
  ]
  return {
    stories: [],
    sources,
    sourcesById: indexById(sources),
    people,
    peopleById: indexById(people),
    topics: TOPICS,
    topicsById: indexById(TOPICS),
    translated: true,
    items,
    itemsById: indexById(items),
    reportedAreas: [],
    crosswalk: [],
    targets,
    targetsById: indexById(targets),
    counts,
    events,
    latestFactDate: factDates.reduce(maxDate, '2019-01-01'),
  }
}
