// Where the dataset (query cache) meets the view (store). Board, charts, timeline and briefing all read these
// hooks, so they cannot disagree.
import { useSuspenseQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { countByStatus } from '../domain/aggregate'
import { changesBetween } from '../domain/changes'
import { applyFilters, facetCounts, type FilterContext } from '../domain/filters'
import { buildSearchIndex } from '../domain/search'
import type { Dataset, IsoDate } from '../domain/types'
import { datasetQueryOptions } from '../data/dataset-query'
import { todayIso } from '../lib/today'
import { filtersOf } from './view'
import { useViewStore } from './view-store'

export function useDataset(): Dataset {
  return useSuspenseQuery(datasetQueryOptions).data
}

const TODAY = todayIso()

export function useToday(): IsoDate {
  return TODAY
}

/** The date the screen shows: the chosen as-of date, or today. */
export function useAsOf(): IsoDate {
  const asOf = useViewStore((state) => state.asOf)
  return asOf ?? TODAY
}

export function useFilters() {
  return useViewStore(useShallow((state) => filtersOf(state)))
}

const searchIndexes = new WeakMap<Dataset, ReadonlyMap<string, string>>()
function searchIndexFor(dataset: Dataset): ReadonlyMap<string, string> {
  let index = searchIndexes.get(dataset)
  if (!index) {
    index = buildSearchIndex(dataset)
    searchIndexes.set(dataset, index)
  }
  return index
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
  return useMemo(() => applyFilters(dataset.items, filters, context), [dataset, filters, context])
}

export function useFacetCounts() {
  const dataset = useDataset()
  const filters = useFilters()
  const context = useFilterContext()
  return useMemo(() => facetCounts(dataset.items, filters, context), [dataset, filters, context])
}

export function useStatusCounts() {
  const rows = useFilteredItems()
  return useMemo(() => countByStatus(rows), [rows])
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
