// What is on screen, before anything is derived from it: the dataset, today, the as-of date and the filters.
// Kept apart from derived.ts so that the first screen loads without the chart and board selectors.
import { useSuspenseQuery } from '@tanstack/react-query'
import { createContext, useContext, useDeferredValue, useSyncExternalStore } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { customDatasetQueryOptions, datasetQueryOptions } from '../data/dataset-query'
import type { Dataset, IsoDate } from '../domain/types'
import { subscribeToDayChange, todayIso } from '../lib/today'
import { useDataSource } from './custom-data-store'
import { filtersOf } from './view'
import { useViewStore } from './view-store'

/**
 * The dataset on screen, read from the query cache: the bundled one, or the user's own while they have loaded one.
 * The app shell calls this once and hands the result down through DatasetContext.
 */
export function useDatasetQuery(): Dataset {
  const custom = useDataSource((state) => state.source.kind === 'custom')
  return useSuspenseQuery(custom ? customDatasetQueryOptions : datasetQueryOptions).data
}

/** The shell's dataset. A context rather than a query per caller: hundreds of rows and hooks read it per render. */
export const DatasetContext = createContext<Dataset | null>(null)

export function useDataset(): Dataset {
  const dataset = useContext(DatasetContext)
  if (dataset === null) throw new Error('useDataset is used outside the app shell, which provides the dataset')
  return dataset
}

/** Today's date, kept current past midnight for a page left open. */
export function useToday(): IsoDate {
  return useSyncExternalStore(subscribeToDayChange, todayIso)
}

/** The date the screen shows: the chosen as-of date, or the dataset's latest dated fact. */
export function useAsOf(): IsoDate {
  const asOf = useViewStore((state) => state.asOf)
  const latest = useDataset().latestFactDate
  return asOf ?? latest
}

export function useFilters() {
  return useViewStore(useShallow((state) => filtersOf(state)))
}

/** Below this many items a keystroke or filter change redraws within a frame; a background render would only draw twice. */
const DEFER_ABOVE = 500

/**
 * `value`, trailing a render behind on a dataset of thousands (the input echoes at once, the heavy part follows in
 * a background render); on a smaller one, `value` itself, so the change is drawn in one render.
 */
export function useDeferredOnLargeData<T extends NonNullable<unknown>>(value: T): T {
  const large = useDataset().items.length > DEFER_ABOVE
  // A constant while the dataset is small, so React schedules no second render.
  return useDeferredValue(large ? value : null) ?? value
}
