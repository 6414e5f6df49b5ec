import { queryOptions } from '@tanstack/react-query'
import { bundledFiles } from './bundled-files'

// The loaders come with the validator (zod and the schema), so they are imported when a dataset is first read:
// the app's own code starts without waiting for them. The data files start downloading at the same moment rather
// than once the loader has arrived and asks for them, which saves a round trip on a slow network.
const loadBundledDataset = () => {
  for (const load of Object.values(bundledFiles)) void load()
  return import('./load-dataset').then((module) => module.loadBundledDataset())
}
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
