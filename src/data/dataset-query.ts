import { queryOptions } from '@tanstack/react-query'

// Loaded when a dataset is first read, so the app's own code starts without waiting for the data. The bundled
// data comes checked by the build; the validator (zod and the schema) loads only for a saved or exported dataset.
const loadBundledDataset = () => import('./bundled-dataset').then((module) => module.bundledDataset())
const readBundledFiles = () => import('./load-dataset').then((module) => module.readBundledFiles())
const loadSavedDataset = () => import('./saved-dataset').then((module) => module.loadSavedDataset())
const loadSavedFiles = () => import('./saved-dataset').then((module) => module.loadSavedFiles())

/** Bumped when the shape or meaning of the bundled data changes; also printed in exports and citations. */
export const DATA_VERSION = '2026-12-02'

/** Which dataset the app shows: the bundled one, or one the user loaded (see custom-dataset.ts). */
export type DatasetSource = 'bundled' | 'custom'

const loaded = { staleTime: Infinity, gcTime: Infinity, retry: false } as const

export const datasetQueryOptions = queryOptions({
  queryKey: ['dataset', DATA_VERSION, 'bundled'],
  queryFn: loadBundledDataset,
  ...loaded,
})

/** The user's dataset: put in the cache by the import, read back from browser storage after a reload. */
export const customDatasetQueryOptions = queryOptions({
  queryKey: ['dataset', DATA_VERSION, 'custom'],
  queryFn: loadSavedDataset,
  ...loaded,
})

/** The text of each data file behind a dataset, for the export. */
export const datasetFilesQueryOptions = (source: DatasetSource) =>
  queryOptions({
    queryKey: ['dataset', DATA_VERSION, source, 'files'],
    queryFn: source === 'custom' ? loadSavedFiles : readBundledFiles,
    ...loaded,
  })
