import { queryOptions } from '@tanstack/react-query'
import { loadBundledDataset } from './load-dataset'

/** Bumped when the shape or meaning of the bundled data changes; also printed in exports and citations. */
export const DATA_VERSION = '2026-11-25'

export const datasetQueryOptions = queryOptions({
  queryKey: ['dataset', DATA_VERSION],
  queryFn: loadBundledDataset,
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
})
