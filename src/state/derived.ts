// Where the dataset (query cache) meets the view (store). Board, charts, timeline and briefing all read these
// hooks, so they cannot disagree.
import { useDeferredValue, useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { changesBetween } from '../domain/changes'
import {
  countFacets,
  countInSet,
  factsAsOf,
  factsMatchingQuery,
  filterFacts,
  type FilterContext,
  type Filters,
  type ItemFacts,
} from '../domain/filters'
import { buildGlobalSearchIndex, globalSearch } from '../domain/global-search'
import { buildSearchIndex, eventSearchTexts, queryTokens, type SearchIndex } from '../domain/search'
import type { Dataset, IsoDate } from '../domain/types'
import { statusSourceIds, toGanttRows, toStatusSeries, toTopicStatusMatrix } from '../domain/chart-series'
import { progressYears, toProgressSeries } from '../domain/progress-series'
import type { ProgressSpec } from '../domain/progress-specs'
import { eventYearCounts, toTimelineEvents, type TimelineFilters, type YearRange } from '../domain/timeline-events'
import { indexTargetsByItem, splitByTitle, toBoardRow, type BoardRow } from '../domain/board-rows'
import { deadlineDetail } from '../domain/deadline-detail'
import { outcomeAsOf, programmeDeadlines } from '../domain/deadlines'
import { reportedVsKnown } from '../domain/reported-vs-known'
import { itemDetail } from '../domain/item-detail'
import { sortRows } from '../domain/sort'
import { useAsOf, useDataset, useFilters } from './on-screen'
import { useViewStore } from './view-store'

// Features read every hook from this file; the four that the first screen needs live in on-screen.ts.
export { useAsOf, useDataset, useFilters, useToday } from './on-screen'

/** A value built once per dataset and kept while the dataset is. */
function perDataset<T>(build: (dataset: Dataset) => T): (dataset: Dataset) => T {
  const built = new WeakMap<Dataset, T>()
  return (dataset) => {
    let value = built.get(dataset)
    if (value === undefined) {
      value = build(dataset)
      built.set(dataset, value)
    }
    return value
  }
}

const searchIndexFor: (dataset: Dataset) => SearchIndex = perDataset(buildSearchIndex)
const eventTextsFor = perDataset(eventSearchTexts)
const targetIndexFor = perDataset((dataset) => indexTargetsByItem(dataset.targets))
const globalSearchIndexFor = perDataset(buildGlobalSearchIndex)

/**
 * Each item's status, claimants and deadline outcomes on a date, per dataset: every filter, count and board row on
 * screen reads the same facts, and a filter change or keystroke reuses them. The last few dates are kept, so
 * stepping back and forth between key dates costs nothing either.
 */
const factsCache = new WeakMap<Dataset, Map<IsoDate, readonly ItemFacts[]>>()
const KEPT_DATES = 8
function factsFor(dataset: Dataset, asOf: IsoDate): readonly ItemFacts[] {
  let byDate = factsCache.get(dataset)
  if (!byDate) {
    byDate = new Map()
    factsCache.set(dataset, byDate)
  }
  let facts = byDate.get(asOf)
  if (!facts) {
    facts = factsAsOf(dataset.items, dataset.targets, asOf)
    const oldest = byDate.keys().next()
    if (byDate.size >= KEPT_DATES && !oldest.done) byDate.delete(oldest.value)
    byDate.set(asOf, facts)
  }
  return facts
}

/**
 * The date's facts that hold the search words, with the filters left to apply (the query is applied). Kept per
 * facts list for the last query, so the board's rows and its facet counts search the text once between them.
 */
const searches = new WeakMap<readonly ItemFacts[], { q: string; matched: readonly ItemFacts[] }>()
function searchedFacts(dataset: Dataset, context: FilterContext, filters: Filters): [readonly ItemFacts[], Filters] {
  const facts = factsFor(dataset, context.asOf)
  let search = searches.get(facts)
  if (search?.q !== filters.q) {
    search = { q: filters.q, matched: factsMatchingQuery(facts, filters.q, context.searchIndex) }
    searches.set(facts, search)
  }
  return [search.matched, { ...filters, q: '' }]
}

export function useFilterContext(): FilterContext {
  const dataset = useDataset()
  const asOf = useAsOf()
  return useMemo(() => ({ targets: dataset.targets, searchIndex: searchIndexFor(dataset), asOf }), [dataset, asOf])
}

export function useFilteredItems() {
  const dataset = useDataset()
  const filters = useFilters()
  const context = useFilterContext()
  return useMemo(
    () => filterFacts(...searchedFacts(dataset, context, filters), context.searchIndex),
    [dataset, filters, context],
  )
}

export function useChanges() {
  const dataset = useDataset()
  const asOf = useAsOf()
  const compare = useViewStore((state) => state.compare)
  const set = useViewStore((state) => state.set)
  return useMemo(() => {
    if (compare === null) return null
    const items = dataset.items.filter((item) => item.set === set)
    return changesBetween(items, dataset.targets, dataset.counts, compare, asOf)
  }, [dataset, asOf, compare, set])
}

// Charts and timeline. The status charts read the filtered items, so they always agree with the board.

export function useStatusSeries() {
  const rows = useFilteredItems()
  const asOf = useAsOf()
  return useMemo(() => ({ series: toStatusSeries(rows), sourceIds: statusSourceIds(rows, asOf) }), [rows, asOf])
}

/** Topics × status for the filtered items; rows are the chosen topics, or every topic when none is chosen. */
export function useTopicStatusMatrix() {
  const dataset = useDataset()
  const rows = useFilteredItems()
  const chosen = useViewStore((state) => state.topics)
  return useMemo(() => {
    const topics = dataset.topics.map((topic) => topic.id).filter((id) => chosen.length === 0 || chosen.includes(id))
    return toTopicStatusMatrix(rows, topics)
  }, [dataset, rows, chosen])
}

export function useProgressSeries(specs: readonly ProgressSpec[]) {
  const dataset = useDataset()
  const asOf = useAsOf()
  return useMemo(
    () => toProgressSeries(dataset.counts, dataset.events, { specs, asOf, years: progressYears(dataset.counts) }),
    [dataset, asOf, specs],
  )
}

/** Deadlines as of the date, following the topic and outcome filters (targets belong to no single item set). */
export function useGanttRows(years: YearRange) {
  const dataset = useDataset()
  const asOf = useAsOf()
  const filter = useViewStore(useShallow((state) => ({ topics: state.topics, outcomes: state.outcomes })))
  return useMemo(() => toGanttRows(dataset.targets, asOf, { ...filter, years }), [dataset, asOf, filter, years])
}

/** The timeline's filters: the view's topics, people and search words. */
function useTimelineFilters(): TimelineFilters {
  const dataset = useDataset()
  const { topics, actors, q } = useViewStore(
    useShallow((state) => ({ topics: state.topics, actors: state.actors, q: state.q })),
  )
  return useMemo(
    () => ({ topics, actors, search: { words: queryTokens(q), texts: eventTextsFor(dataset) } }),
    [dataset, topics, actors, q],
  )
}

export function useTimelineEvents(range: YearRange) {
  const dataset = useDataset()
  const asOf = useAsOf()
  const filters = useTimelineFilters()
  return useMemo(() => toTimelineEvents(dataset.events, filters, range, asOf), [dataset, filters, range, asOf])
}

/**
 * Board rows per item facts. Facts are kept per date, so a filter change or keystroke reuses the rows, and the
 * memoised table rows that did not move skip their render.
 */
const boardRows = new WeakMap<ItemFacts, BoardRow | null>()
function boardRowsFor(dataset: Dataset, facts: readonly ItemFacts[], asOf: IsoDate): readonly BoardRow[] {
  const rows: BoardRow[] = []
  for (const fact of facts) {
    let row = boardRows.get(fact)
    if (row === undefined) {
      row = toBoardRow(fact.item, dataset, targetIndexFor(dataset), asOf)
      boardRows.set(fact, row)
    }
    if (row) rows.push(row)
  }
  return rows
}

/** Below this many items the board redraws within a frame, and a background render would only draw it twice. */
const DEFER_ABOVE = 500

/**
 * Filters and date, deferred: on a dataset of thousands the board filters in a background render, so typing in
 * the search box and dragging the date stay responsive. `pending` is true while that render is behind.
 */
function useDeferredFilterInput() {
  const dataset = useDataset()
  const filters = useFilters()
  const context = useFilterContext()
  const defer = dataset.items.length > DEFER_ABOVE
  // A constant while the dataset is small, so React schedules no second render.
  const deferredFilters = useDeferredValue(defer ? filters : null) ?? filters
  const deferredContext = useDeferredValue(defer ? context : null) ?? context
  return {
    filters: deferredFilters,
    context: deferredContext,
    pending: deferredFilters !== filters || deferredContext !== context,
  }
}

/** The board's rows, sorted, with never-published titles apart; `listed` is the set's size on the date. */
export function useBoardRows() {
  const dataset = useDataset()
  const sort = useViewStore((state) => state.sort)
  const lang = useViewStore((state) => state.lang)
  const { filters, context, pending } = useDeferredFilterInput()
  const rows = useMemo(
    () =>
      boardRowsFor(
        dataset,
        filterFacts(...searchedFacts(dataset, context, filters), context.searchIndex),
        context.asOf,
      ),
    [dataset, filters, context],
  )
  const listed = useMemo(
    () => countInSet(factsFor(dataset, context.asOf), filters.set),
    [dataset, filters.set, context],
  )
  const split = useMemo(() => splitByTitle(sortRows(rows, sort, lang)), [rows, sort, lang])
  return { ...split, shown: rows.length, listed, pending }
}

/**
 * What binds the chosen set as a whole on the date: the programme-wide deadlines with their state, and any reported
 * total that the items' own statuses do not add up to. Follows the set and date, not the other filters: a reported
 * total is about the whole set.
 */
export function useProgrammeContext() {
  const dataset = useDataset()
  const asOf = useAsOf()
  const set = useViewStore((state) => state.set)
  return useMemo(() => {
    const statuses = factsFor(dataset, asOf).flatMap((fact) => (fact.item.set === set ? [fact.status] : []))
    return {
      deadlines: programmeDeadlines(dataset.targets, set, asOf).map((target) => ({
        target,
        state: outcomeAsOf(target, asOf),
      })),
      reported: reportedVsKnown(statuses, dataset.counts, set, asOf),
    }
  }, [dataset, asOf, set])
}

/** Facet counts for the board, computed with the same deferred filters as its rows. */
export function useBoardFacetCounts() {
  const dataset = useDataset()
  const { filters, context } = useDeferredFilterInput()
  return useMemo(
    () => countFacets(...searchedFacts(dataset, context, filters), context.searchIndex),
    [dataset, filters, context],
  )
}

/** The selected item as known on the date, or null when none is selected (or the id is not in the data). */
export function useItemDetail() {
  const dataset = useDataset()
  const asOf = useAsOf()
  const itemId = useViewStore((state) => state.item)
  return useMemo(() => {
    const item = itemId === null ? undefined : dataset.itemsById.get(itemId)
    return item ? itemDetail(dataset, item, asOf) : null
  }, [dataset, asOf, itemId])
}

/** The open deadline as known on the date, or null when none is open (or the id is not in the data). */
export function useDeadlineDetail() {
  const dataset = useDataset()
  const asOf = useAsOf()
  const targetId = useViewStore((state) => state.deadline)
  return useMemo(() => {
    const target = targetId === null ? undefined : dataset.targetsById.get(targetId)
    return target ? deadlineDetail(dataset, target, asOf) : null
  }, [dataset, asOf, targetId])
}

/** Events known by the as-of date per year, under the timeline's topic and actor filters: the zoom strip. */
export function useTimelineYears() {
  const dataset = useDataset()
  const asOf = useAsOf()
  const filters = useTimelineFilters()
  return useMemo(() => eventYearCounts(dataset.events, filters, asOf), [dataset, filters, asOf])
}

/** The header search's results for `query`, grouped by kind, as known on the date. */
export function useGlobalSearch(query: string) {
  const dataset = useDataset()
  const asOf = useAsOf()
  const lang = useViewStore((state) => state.lang)
  return useMemo(() => globalSearch(globalSearchIndexFor(dataset), query, asOf, lang), [dataset, query, asOf, lang])
}
