// Where the dataset (query cache) meets the view (store): the hooks and caches that more than one feature reads, so
// board, charts, briefing and exports cannot disagree. A hook that one feature alone reads sits beside that feature
// and builds on these.
import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { changesBetween, type Changes } from '../domain/changes'
import { honouredFilters } from '../domain/chart-scope'
import {
  countInSet,
  factsAsOf,
  factsSearch,
  filterFacts,
  type FilterContext,
  type Filters,
  type ItemFacts,
} from '../domain/filters'
import { buildSearchIndex, type SearchIndex } from '../domain/search'
import type { Dataset, IsoDate, ItemSet } from '../domain/types'
import type { Lang } from '../i18n/lang'
import type { Sort } from './view'
import { statusSourceIds, toGanttRows, toStatusSeries } from '../domain/chart-series'
import type { YearRange } from '../domain/timeline-events'
import { indexTargetsByItem, splitByTitle, toBoardRow, type BoardRow } from '../domain/board-rows'
import { outcomeAsOf, programmeDeadlines } from '../domain/deadlines'
import { reportedVsKnown } from '../domain/reported-vs-known'
import { sortRows } from '../domain/sort'
import { useAsOf, useDataset, useDeferredOnLargeData, useFilters } from './on-screen'
import { filtersOf } from './view'
import { useViewStore } from './view-store'

// The four hooks that the first screen needs live in on-screen.ts, so the shell and the overview load without the
// selectors below; they are passed on here for the features that read both.
export { useAsOf, useDataset, useFilters, useToday } from './on-screen'

/** A value built once per dataset and kept while the dataset is: every per-dataset cache is one of these. */
export function perDataset<T>(build: (dataset: Dataset) => T): (dataset: Dataset) => T {
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
const targetIndexFor = perDataset((dataset) => indexTargetsByItem(dataset.targets))

/**
 * Each item's status, claimants and deadline outcomes on a date, per dataset: every filter, count and board row on
 * screen reads the same facts, and a filter change or keystroke reuses them. The last few dates are kept, so
 * stepping back and forth between key dates costs nothing either.
 */
const factsByDate = perDataset(() => new Map<IsoDate, readonly ItemFacts[]>())
const KEPT_DATES = 8
function factsFor(dataset: Dataset, asOf: IsoDate): readonly ItemFacts[] {
  const byDate = factsByDate(dataset)
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
 * The date's facts that hold the search words, with the filters left to apply (the query is applied). One search
 * per facts list, remembering recent queries: the board's rows and its facet counts search the text once between
 * them, and a keystroke searches only what the query before it found.
 */
const searches = new WeakMap<readonly ItemFacts[], (q: string) => readonly ItemFacts[]>()
function searchedFacts(dataset: Dataset, context: FilterContext, filters: Filters): [readonly ItemFacts[], Filters] {
  const facts = factsFor(dataset, context.asOf)
  let search = searches.get(facts)
  if (!search) {
    search = factsSearch(facts, context.searchIndex)
    searches.set(facts, search)
  }
  return [search(filters.q), { ...filters, q: '' }]
}

function useFilterContext(): FilterContext {
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

/**
 * What changed in a set between the comparison date and the date shown. The last comparison is kept per dataset:
 * the charts' "what changed", the deck and every board row's "moved since" tag read the same one.
 */
const lastChanges = perDataset((): { key: string; changes: Changes | null } => ({ key: '', changes: null }))
export function changesOf(dataset: Dataset, set: ItemSet, compare: IsoDate, asOf: IsoDate): Changes {
  const kept = lastChanges(dataset)
  const key = `${set} ${compare} ${asOf}`
  if (kept.key !== key || !kept.changes) {
    const items = dataset.items.filter((item) => item.set === set)
    kept.changes = changesBetween(items, dataset.targets, dataset.counts, compare, asOf)
    kept.key = key
  }
  return kept.changes
}

export function useChanges() {
  const dataset = useDataset()
  const asOf = useAsOf()
  const compare = useViewStore((state) => state.compare)
  const set = useViewStore((state) => state.set)
  return useMemo(
    () => (compare === null ? null : changesOf(dataset, set, compare, asOf)),
    [dataset, asOf, compare, set],
  )
}

// Charts and timeline. The status charts read the filtered items, so they always agree with the board.

export function useStatusSeries() {
  const rows = useFilteredItems()
  const asOf = useAsOf()
  return useMemo(() => ({ series: toStatusSeries(rows), sourceIds: statusSourceIds(rows, asOf) }), [rows, asOf])
}

/** Deadlines as of the date, following the filters the deadline chart declares (chart-scope.ts). */
export function useGanttRows(years: YearRange) {
  const dataset = useDataset()
  const asOf = useAsOf()
  const filter = useViewStore(useShallow((state) => honouredFilters('deadlines', filtersOf(state))))
  return useMemo(() => toGanttRows(dataset.targets, asOf, { ...filter, years }), [dataset, asOf, filter, years])
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

/**
 * Filters and date, deferred: on a dataset of thousands the board filters in a background render, so typing in
 * the search box and dragging the date stay responsive. `pending` is true while that render is behind.
 */
function useDeferredFilterInput() {
  const filters = useFilters()
  const context = useFilterContext()
  const deferredFilters = useDeferredOnLargeData(filters)
  const deferredContext = useDeferredOnLargeData(context)
  return {
    filters: deferredFilters,
    context: deferredContext,
    pending: deferredFilters !== filters || deferredContext !== context,
  }
}

/**
 * The board's search, deferred: the date's facts that hold the search words, and the filters left to apply to them.
 * The board's rows and its facet counts read the same search.
 */
export function useDeferredSearch() {
  const dataset = useDataset()
  const { filters, context, pending } = useDeferredFilterInput()
  const [facts, rest] = useMemo(() => searchedFacts(dataset, context, filters), [dataset, context, filters])
  return { facts, filters: rest, context, pending }
}

/**
 * A set's board rows on a date, all of them, sorted: per facts list (date) and order. The board shows these,
 * filtered, so a keystroke or a filter change keeps their order instead of sorting thousands of rows again.
 */
const sortedRows = new WeakMap<readonly ItemFacts[], Map<string, readonly BoardRow[]>>()
function sortedRowsFor(dataset: Dataset, asOf: IsoDate, set: ItemSet, sort: Sort, lang: Lang): readonly BoardRow[] {
  const facts = factsFor(dataset, asOf)
  let byOrder = sortedRows.get(facts)
  if (!byOrder) sortedRows.set(facts, (byOrder = new Map<string, readonly BoardRow[]>()))
  const key = `${set} ${sort.field} ${sort.descending} ${lang}`
  let rows = byOrder.get(key)
  if (!rows) {
    const inSet = facts.filter((fact) => fact.item.set === set)
    rows = sortRows(boardRowsFor(dataset, inSet, asOf), sort, lang)
    byOrder.set(key, rows)
  }
  return rows
}

/** The board's rows, sorted, with never-published titles apart; `listed` is the set's size on the date. */
export function useBoardRows() {
  const dataset = useDataset()
  const sort = useViewStore((state) => state.sort)
  const lang = useViewStore((state) => state.lang)
  const { facts, filters, context, pending } = useDeferredSearch()
  const rows = useMemo(() => {
    const shown = new Set(filterFacts(facts, filters, context.searchIndex).map((fact) => fact.item))
    return sortedRowsFor(dataset, context.asOf, filters.set, sort, lang).filter((row) => shown.has(row.item))
  }, [dataset, facts, filters, context, sort, lang])
  const listed = useMemo(
    () => countInSet(factsFor(dataset, context.asOf), filters.set),
    [dataset, filters.set, context],
  )
  const split = useMemo(() => splitByTitle(rows), [rows])
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

type DetailMaps = Pick<Dataset, 'itemsById' | 'targetsById'>
type Detailed<K extends keyof DetailMaps> = DetailMaps[K] extends ReadonlyMap<string, infer R> ? R : never

/** The record the view has open (an item, a deadline) as known on the date; null when none is open or the id is unknown. */
export function useOpenDetail<K extends keyof DetailMaps, D>(
  id: string | null,
  records: K,
  detail: (dataset: Dataset, record: Detailed<K>, asOf: IsoDate) => D,
): D | null {
  const dataset = useDataset()
  const asOf = useAsOf()
  return useMemo(() => {
    const record = id === null ? undefined : (dataset[records] as ReadonlyMap<string, Detailed<K>>).get(id)
    return record ? detail(dataset, record, asOf) : null
  }, [dataset, asOf, id, records, detail])
}
