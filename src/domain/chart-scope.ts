// Which of the board's filters each chart applies. The chart's data hook and its export stamp both read this one
// declaration, so a stamp can never name a filter its chart ignores (the progress chart and the overview's
// headline chart plot programme-wide totals, so no filter narrows them; the deadline chart follows topics and
// outcomes, since a deadline belongs to no single item set, status or person).
import type { Filters } from './filters'

export const CHART_IDS = ['status', 'progress', 'topic-status', 'deadlines', 'headline'] as const
export type ChartId = (typeof CHART_IDS)[number]

export type FilterField = keyof Filters

const EVERY_FILTER = ['set', 'topics', 'statuses', 'actors', 'outcomes', 'q'] as const satisfies readonly FilterField[]

export const CHART_FILTERS = {
  status: EVERY_FILTER,
  'topic-status': EVERY_FILTER,
  progress: [],
  deadlines: ['topics', 'outcomes'],
  headline: [],
} as const satisfies Record<ChartId, readonly FilterField[]>

/**
 * What a chart's marks are, and so what its date stands for: item statuses on the date, deadlines and their
 * reported outcomes by the date, or totals reported by the date (the progress and headline charts plot reported
 * counts, never an item's status).
 */
export type ChartMarks = 'statuses' | 'deadlines' | 'counts'

export const CHART_MARKS = {
  status: 'statuses',
  'topic-status': 'statuses',
  progress: 'counts',
  deadlines: 'deadlines',
  headline: 'counts',
} as const satisfies Record<ChartId, ChartMarks>

export type HonouredFilters<C extends ChartId> = Pick<Filters, (typeof CHART_FILTERS)[C][number]>

/** The part of `filters` that chart `chart` applies, and nothing else. */
export function honouredFilters<C extends ChartId>(chart: C, filters: Filters): HonouredFilters<C> {
  const fields: readonly FilterField[] = CHART_FILTERS[chart]
  return Object.fromEntries(fields.map((field) => [field, filters[field]])) as HonouredFilters<C>
}

/**
 * The filters as they apply to `chart`: those it ignores are left at "no choice", so anything that describes the
 * filters (a stamp, a citation) describes what the chart shows. `set` stays, for a chart that ignores it as well,
 * and `appliesSet` says whether to name it.
 */
export function filtersAsApplied(
  chart: ChartId,
  filters: Filters,
): { readonly filters: Filters; readonly appliesSet: boolean; readonly appliesAny: boolean } {
  const fields: readonly FilterField[] = CHART_FILTERS[chart]
  const applied: Filters = {
    set: filters.set,
    topics: fields.includes('topics') ? filters.topics : [],
    statuses: fields.includes('statuses') ? filters.statuses : [],
    actors: fields.includes('actors') ? filters.actors : [],
    outcomes: fields.includes('outcomes') ? filters.outcomes : [],
    q: fields.includes('q') ? filters.q : '',
  }
  return { filters: applied, appliesSet: fields.includes('set'), appliesAny: fields.length > 0 }
}

export function isChartId(value: string): value is ChartId {
  return (CHART_IDS as readonly string[]).includes(value)
}
