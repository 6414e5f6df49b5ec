// The timeline: events filtered by topic and actor, zoomed to a span of years, grouped by year.
import type { IsoDate, TimelineEvent } from './types'

export interface TimelineFilters {
  readonly topics: readonly string[]
  readonly actors: readonly string[]
}

/** Inclusive span of years; null shows every year. */
export type YearRange = { readonly from: number; readonly to: number } | null

export interface TimelineEntry {
  readonly event: TimelineEvent
  /** Happened after the as-of date: listed, but marked as not yet known on that date. */
  readonly future: boolean
}

export interface TimelineYear {
  readonly year: number
  readonly entries: readonly TimelineEntry[]
}

export interface TimelineData {
  readonly years: readonly TimelineYear[]
  readonly count: number
  readonly emptyReason: 'no-events' | 'no-match' | null
}

export const eventYear = (event: TimelineEvent): number => Number(event.date.start.slice(0, 4))

const intersects = (values: readonly string[], wanted: readonly string[]) =>
  wanted.length === 0 || values.some((value) => wanted.includes(value))

export function matchesTimelineFilters(event: TimelineEvent, filters: TimelineFilters): boolean {
  return intersects(event.topics, filters.topics) && intersects(event.actors, filters.actors)
}

function inRange(year: number, range: YearRange): boolean {
  return range === null || (year >= range.from && year <= range.to)
}

/** Events (already in date order) that pass the filters and fall in the range, grouped by year. */
export function toTimelineEvents(
  events: readonly TimelineEvent[],
  filters: TimelineFilters,
  range: YearRange,
  asOf: IsoDate,
): TimelineData {
  const years = new Map<number, TimelineEntry[]>()
  let count = 0
  for (const event of events) {
    const year = eventYear(event)
    if (!inRange(year, range) || !matchesTimelineFilters(event, filters)) continue
    years.set(year, [...(years.get(year) ?? []), { event, future: event.date.start > asOf }])
    count++
  }
  const emptyReason = events.length === 0 ? 'no-events' : count === 0 ? 'no-match' : null
  return { years: [...years.entries()].map(([year, entries]) => ({ year, entries })), count, emptyReason }
}

export interface YearCount {
  readonly year: number
  readonly count: number
}

/** Every year that has events, with how many pass the filters: the zoom strip. */
export function eventYearCounts(events: readonly TimelineEvent[], filters: TimelineFilters): readonly YearCount[] {
  const counts = new Map<number, number>()
  for (const event of events) {
    const year = eventYear(event)
    counts.set(year, (counts.get(year) ?? 0) + (matchesTimelineFilters(event, filters) ? 1 : 0))
  }
  return [...counts.entries()].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count }))
}

export interface FacetOption {
  readonly id: string
  readonly count: number
}

/** The topics and actors that events mention, most mentioned first: the timeline's filter choices. */
export function timelineFacetOptions(events: readonly TimelineEvent[]): {
  readonly topics: readonly FacetOption[]
  readonly actors: readonly FacetOption[]
} {
  const tally = (pick: (event: TimelineEvent) => readonly string[]) => {
    const counts = new Map<string, number>()
    for (const event of events) for (const id of pick(event)) counts.set(id, (counts.get(id) ?? 0) + 1)
    return [...counts.entries()]
      .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
      .map(([id, count]) => ({ id, count }))
  }
  return { topics: tally((event) => event.topics), actors: tally((event) => event.actors) }
}
