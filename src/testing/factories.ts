// Seeded builders for domain records. Tests state only the fields they care about.
import { makeFuzzyDate } from '../domain/dates'
import type {
  CountClaim,
  FuzzyDate,
  Item,
  OutcomeRecord,
  Source,
  StatusChange,
  Target,
  TimelineEvent,
} from '../domain/types'
import type { Outcome, Status } from '../domain/vocabulary'
import type { Citation } from '../export/citation'
import { text } from './text'

export const day = (value: string): FuzzyDate =>
  makeFuzzyDate(value, value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day')

/** No counts, events or targets to look up: for selectors that take them when a test needs none. */
export const NO_RECORDS = { counts: [], events: [], targetsById: new Map() } as const

export function makeChange(date: string, status: Status, overrides: Partial<StatusChange> = {}): StatusChange {
  return {
    date: day(date),
    status,
    claimant: { personId: null, label: text('Test claimant') },
    summary: text(`${status} on ${date}`),
    sources: ['S01'],
    confidence: 'reported',
    contradicts: [],
    ...overrides,
  }
}

export function makeItem(overrides: Partial<Item> = {}): Item {
  return {
    id: 'RM01',
    set: 'roadmaps',
    title: text('Test roadmap'),
    titleStatus: 'reported-roadmap',
    titleNote: null,
    officialNumber: null,
    topics: [],
    summary: null,
    sources: ['S01'],
    history: [makeChange('2019-09-06', 'drafting')],
    positions: [],
    ...overrides,
  }
}

export function makeSource(id: string, date: string, overrides: Partial<Source> = {}): Source {
  return {
    id,
    publisher: text('Test Publisher'),
    title: text(`Source ${id}`),
    originalTitle: null,
    date: day(date),
    url: `https://example.org/${id}`,
    seedFile: null,
    language: 'en',
    note: null,
    ...overrides,
  }
}

export function makeOutcome(date: string, outcome: Outcome, overrides: Partial<OutcomeRecord> = {}): OutcomeRecord {
  return {
    date: day(date),
    outcome,
    metOn: null,
    movedTo: null,
    summary: text(`${outcome} on ${date}`),
    sources: ['S01'],
    ...overrides,
  }
}

export function makeTarget(overrides: Partial<Target> = {}): Target {
  return {
    id: 'T01',
    title: text('Test target'),
    summary: text('A target'),
    topics: [],
    cycle: '2019-roadmaps',
    setBy: { personId: null, label: text('Test') },
    setOn: day('2019-09-06'),
    due: day('2019-12-07'),
    dueNote: null,
    appliesTo: [],
    outcomes: [],
    sources: ['S01'],
    ...overrides,
  }
}

export function makeCount(overrides: Partial<CountClaim> = {}): CountClaim {
  return {
    id: 'C01',
    date: day('2019-11-29'),
    cycle: '2019-roadmaps',
    subject: 'roadmaps',
    metric: 'open',
    value: 11,
    valueHigh: null,
    of: 31,
    qualifier: 'exact',
    claimant: { personId: null, label: text('Test') },
    summary: text('A count'),
    conflictGroup: null,
    sources: ['S01'],
    confidence: 'reported',
    ...overrides,
  }
}

export function makeEvent(id: string, date: string, overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    date: day(date),
    title: text(`Event ${id}`),
    summary: text(`Event ${id} on ${date}`),
    actors: [],
    actorLabels: [],
    topics: [],
    milestone: false,
    kind: null,
    sources: ['S01'],
    ...overrides,
  }
}

/** Mulberry32: a small seeded generator so random test data is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function makeCitation(overrides: Partial<Citation> = {}): Citation {
  return {
    datasetVersion: '2026-11-25',
    dataAsOf: '2021-09-09',
    asOf: '2019-12-01',
    compare: '2019-09-06',
    filters: 'Roadmaps (2019); topic: Gas',
    url: 'https://example.org/?view=charts&v=1',
    exportedOn: '2026-11-25',
    licensed: true,
    ...overrides,
  }
}
