// What the controls of this feature do: plain async functions of the query client, shared by the header controls,
// the dialog and the recovery offered on the data-error screen. The datasets go into the query cache, never a store.
import type { QueryClient } from '@tanstack/react-query'
import { clipLabel, CUSTOM_FILE_MAX_BYTES } from '../../data/custom-file'
import type { DataProblem } from '../../data/data-error'
import {
  customDatasetQueryOptions,
  DATA_VERSION,
  datasetFilesQueryOptions,
  datasetQueryOptions,
} from '../../data/dataset-query'
import type { Dataset } from '../../domain/types'
import { exportFileName } from '../../lib/export/file-name'
import { useDataSource, type DataSource } from '../../state/custom-data-store'

export interface DatasetSummary {
  readonly roadmaps: number
  readonly programmes: number
  readonly sources: number
  readonly events: number
}

export type ImportOutcome =
  | { readonly kind: 'checking'; readonly name: string }
  | { readonly kind: 'loaded'; readonly name: string; readonly kept: boolean; readonly summary: DatasetSummary }
  | { readonly kind: 'rejected'; readonly name: string; readonly problems: readonly DataProblem[] }

export function summarizeDataset(dataset: Dataset): DatasetSummary {
  const roadmaps = dataset.items.filter((item) => item.set === 'roadmaps').length
  return {
    roadmaps,
    programmes: dataset.items.length - roadmaps,
    sources: dataset.sources.length,
    events: dataset.events.length,
  }
}

export const importedName = (file: File) => clipLabel(file.name || 'dataset.json')

/** Checks the file; only a valid one replaces the data on screen, so a rejected import changes nothing. */
export async function importCustomFile(client: QueryClient, file: File): Promise<ImportOutcome> {
  const name = importedName(file)
  if (file.size > CUSTOM_FILE_MAX_BYTES) {
    const problem = { file: name, record: '(file)', field: '(file)', message: 'larger than 20 MB, so it was not read' }
    return { kind: 'rejected', name, problems: [problem] }
  }
  // The validator and the storage code load with the first file, not with the page.
  const [{ parseCustomFile }, { forgetSavedDataset, saveDataset }] = await Promise.all([
    import('../../data/custom-dataset'),
    import('../../data/saved-dataset'),
  ])
  const result = parseCustomFile(name, await file.text())
  if (!result.ok) return { kind: 'rejected', name, problems: result.problems }
  const kept = await saveDataset({ name, files: result.files }).then(
    () => true,
    () => false,
  )
  // A dataset saved earlier must not come back after a reload in place of this one.
  if (!kept) await forgetSavedDataset().catch(() => undefined)
  client.setQueryData(customDatasetQueryOptions.queryKey, result.dataset)
  client.setQueryData(datasetFilesQueryOptions('custom').queryKey, result.files)
  useDataSource.getState().showCustom(name, kept)
  return { kind: 'loaded', name, kept, summary: summarizeDataset(result.dataset) }
}

export async function revertToBundled(client: QueryClient): Promise<void> {
  // Load the bundled data before switching, so the page does not fall back to its loading screen meanwhile.
  await client.ensureQueryData(datasetQueryOptions).catch(() => undefined)
  useDataSource.getState().showBundled()
  client.removeQueries({ queryKey: customDatasetQueryOptions.queryKey })
  const { forgetSavedDataset } = await import('../../data/saved-dataset')
  await forgetSavedDataset().catch(() => undefined)
}

const stem = (name: string) => name.replace(/\.json$/i, '')

/** Downloads the dataset on screen in the shape the import reads; returns the file name. */
export async function exportDataset(client: QueryClient, source: DataSource): Promise<string> {
  const files = await client.fetchQuery(datasetFilesQueryOptions(source.kind))
  const fileName =
    source.kind === 'custom'
      ? exportFileName(['dataset', stem(source.name)], 'json')
      : exportFileName(['dataset', DATA_VERSION], 'json')
  const [{ serializeCustomFile }, { downloadText }] = await Promise.all([
    import('../../data/custom-dataset'),
    import('../../lib/export/download'),
  ])
  downloadText(serializeCustomFile(files), fileName, 'application/json')
  return fileName
}
