// The timeline: events filtered by topic, actor, kind and search words, zoomed to a span of years, grouped by year, known by the
// as-of date apart from those that came later.
import { isKnownAt } from './items'
import type { IsoDate, TimelineEvent } from './types'
import type { EventKind } from './vocabulary'

export interface TimelineFilters {
  readonly topics: readonly string[]
  readonly actors: readonly string[]
  /** Absent or empty: every kind, and events without one. */
  readonly kinds?: readonly EventKind[]
  /** Words every event must hold (queryTokens of the search), found in each event's text (eventSearchTexts). */
  readonly search?: { readonly words: readonly string[]; readonly texts: ReadonlyMap<string, string> }
}

/** Inclusive span of years; null shows every year. */
export type YearRange = { readonly from: number; readonly to: number } | null

export interface TimelineYear {
  readonly year: number
  readonly events: readonly TimelineEvent[]
}

export interface TimelineData {
  /** Events known by the as-of date, by year. */
  readonly years: readonly TimelineYear[]
  /** Events dated after it, in date order: not known on the date, shown only on request and marked as such. */
  readonly later: readonly TimelineEvent[]
  readonly count: number
  /** `not-yet`: events match, but none had happened by the date. */
  readonly emptyReason: 'no-events' | 'no-match' | 'not-yet' | null
}

export const eventYear = (event: TimelineEvent): number => Number(event.date.start.slice(0, 4))

const intersects = (values: readonly string[], wanted: readonly string[]) =>
  wanted.length === 0 || values.some((value) => wanted.includes(value))

function holdsWords(event: TimelineEvent, search: TimelineFilters['search']): boolean {
  if (!search || search.words.length === 0) return true
  const text = search.texts.get(event.id) ?? ''
  return search.words.every((word) => text.includes(word))
}

export function matchesTimelineFilters(event: TimelineEvent, filters: TimelineFilters): boolean {
  return (
    intersects(event.topics, filters.topics) &&
    intersects(event.actors, filters.actors) &&
    intersects(event.kind === null ? [] : [event.kind], filters.kinds ?? []) &&
    holdsWords(event, filters.search)
  )
}

function inRange(year: number, range: YearRange): boolean {
  return range === null || (year >= range.from && year <= range.to)
}

function byYear(events: readonly TimelineEvent[]): readonly TimelineYear[] {
  const years = new Map<number, TimelineEvent[]>()
  for (const event of events) {
    const year = eventYear(event)
    const grouped = years.get(year) ?? []
    grouped.push(event)
    years.set(year, grouped)
  }
  return [...years.entries()].map(([year, grouped]) => ({ year, events: grouped }))
}

/**
 * Events (already in date order) that pass the filters and fall in the range, grouped by year: those known by
 * `asOf` apart from those dated after it.
 */
export function toTimelineEvents(
  events: readonly TimelineEvent[],
  filters: TimelineFilters,
  range: YearRange,
  asOf: IsoDate,
): TimelineData {
  const matching = events.filter((event) => inRange(eventYear(event), range) && matchesTimelineFilters(event, filters))
  const known = matching.filter((event) => isKnownAt(event, asOf))
  const later = matching.filter((event) => !isKnownAt(event, asOf))
  const emptyReason =
    events.length === 0 ? 'no-events' : matching.length === 0 ? 'no-match' : known.length === 0 ? 'not-yet' : null
  return { years: byYear(known), later, count: known.length, emptyReason }
}

export interface YearCount {
  readonly year: number
  readonly count: number
}

/**
 * Every year that has events known by `asOf`, with how many of those pass the filters: the zoom strip. Years
 * whose events all came later are left out, as nobody could have counted them on the date.
 */
export function eventYearCounts(
  events: readonly TimelineEvent[],
  filters: TimelineFilters,
  asOf: IsoDate,
): readonly YearCount[] {
  const counts = new Map<number, number>()
  for (const event of events) {
    if (!isKnownAt(event, asOf)) continue
    const year = eventYear(event)
    counts.set(year, (counts.get(year) ?? 0) + (matchesTimelineFilters(event, filters) ? 1 : 0))
  }
  return [...counts.entries()].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count }))
}

export interface FacetOption {
  readonly id: string
  readonly count: number
}

export interface TimelineFacets {
  readonly topics: readonly FacetOption[]
  readonly actors: readonly FacetOption[]
  readonly kinds: readonly FacetOption[]
}

const FACET_VALUES: Record<keyof TimelineFacets, (event: TimelineEvent) => readonly string[]> = {
  topics: (event) => event.topics,
  actors: (event) => event.actors,
  kinds: (event) => (event.kind === null ? [] : [event.kind]),
}

/**
 * The topics, actors and kinds of the events known by `asOf`, most frequent first: the timeline's filter choices.
 * Each facet counts the events that pass every other filter (and the search), so a count is what choosing it shows.
 */
export function timelineFacetOptions(
  events: readonly TimelineEvent[],
  filters: TimelineFilters,
  asOf: IsoDate,
): TimelineFacets {
  const known = events.filter((event) => isKnownAt(event, asOf))
  const tally = (facet: keyof TimelineFacets) => {
    const others = { ...filters, [facet]: [] }
    const counts = new Map<string, number>()
    for (const event of known) {
      if (!matchesTimelineFilters(event, others)) continue
      for (const id of FACET_VALUES[facet](event)) counts.set(id, (counts.get(id) ?? 0) + 1)
    }
    return [...counts.entries()]
      .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
      .map(([id, count]) => ({ id, count }))
  }
  return { topics: tally('topics'), actors: tally('actors'), kinds: tally('kinds') }
}
