// What the controls of this feature do: plain async functions of the query client, shared by the header controls,
// the dialog and the recovery offered on the data-error screen. The datasets go into the query cache, never a store.
import type { QueryClient } from '@tanstack/react-query'
import { clipLabel, CUSTOM_FILE_MAX_BYTES } from '../../data/custom-file'
import type { DataProblem } from '../../data/data-error'
import type { DataFileTexts } from '../../data/parse-dataset'
import type { SavedDataset } from '../../data/saved-dataset'
import {
  customDatasetQueryOptions,
  DATA_VERSION,
  datasetFilesQueryOptions,
  datasetQueryOptions,
} from '../../data/dataset-query'
import type { Dataset } from '../../domain/types'
import { exportFileName } from '../../export/file-name'
import { retryableImport } from '../../lib/retry-import'
import { useDataSource, type DataSource } from '../../state/custom-data-store'

export interface DatasetSummary {
  readonly roadmaps: number
  readonly programmes: number
  readonly sources: number
  readonly events: number
}

export type ImportOutcome =
  | { readonly kind: 'checking'; readonly name: string }
  | {
      readonly kind: 'loaded'
      readonly name: string
      readonly kept: boolean
      /** When this one could not be kept: the dataset saved before, which stays saved. */
      readonly keptBefore: string | null
      readonly summary: DatasetSummary
      /** Fields the tracker does not know, which were ignored. */
      readonly warnings: readonly DataProblem[]
    }
  | { readonly kind: 'rejected'; readonly name: string; readonly problems: readonly DataProblem[] }
  /** The checker's code could not be downloaded, so the file was not read; trying again reads it again. */
  | { readonly kind: 'unavailable'; readonly name: string; readonly file: File }

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

// The checker (zod and the schema), the storage code and the download code load on first use, not with the page,
// and load again after a failed attempt.
const checker = retryableImport(() => import('../../data/custom-dataset'))
const storage = retryableImport(() => import('../../data/saved-dataset'))
const downloader = retryableImport(() => import('../../export/download'))

/** Tells the app's other tabs which dataset is now saved, so none goes on claiming an older one is kept. */
export type TabMessage = { readonly kind: 'custom'; readonly name: string } | { readonly kind: 'bundled' }

// One channel for sending and listening: a channel does not hear its own messages, so a tab never follows itself.
let tabsChannel: BroadcastChannel | null | undefined
function otherTabs(): BroadcastChannel | null {
  tabsChannel ??=
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('union-state-roadmap-tracker:dataset')
  return tabsChannel
}

const tellOtherTabs = (message: TabMessage) => otherTabs()?.postMessage(message)

/** Checks the file; only a valid one replaces the data on screen, so a rejected import changes nothing. */
export async function importCustomFile(client: QueryClient, file: File): Promise<ImportOutcome> {
  const name = importedName(file)
  if (file.size > CUSTOM_FILE_MAX_BYTES) {
    const problem = { file: name, record: '(file)', field: '(file)', message: 'larger than 20 MB, so it was not read' }
    return { kind: 'rejected', name, problems: [problem] }
  }
  let modules
  try {
    modules = await Promise.all([checker(), storage()])
  } catch {
    return { kind: 'unavailable', name, file }
  }
  const [{ parseCustomBytes }, { readSavedDataset, saveDataset }] = modules
  const result = parseCustomBytes(name, new Uint8Array(await file.arrayBuffer()))
  if (!result.ok) return { kind: 'rejected', name, problems: result.problems }
  const previous = await readSavedDataset().catch(() => null)
  const kept = await keep(name, result.files, previous, saveDataset)
  client.setQueryData(customDatasetQueryOptions.queryKey, result.dataset)
  client.setQueryData(datasetFilesQueryOptions('custom').queryKey, result.files)
  if (kept) tellOtherTabs({ kind: 'custom', name })
  return {
    kind: 'loaded',
    name,
    kept,
    keptBefore: kept ? null : (previous?.name ?? null),
    summary: summarizeDataset(result.dataset),
    warnings: result.warnings,
  }
}

/**
 * Saves the dataset, then sets the flag that brings it back after a reload: the flag only once the data is safe.
 * When either write is refused, the dataset saved before (if any) stays, with its flag, and this one is shown until
 * the page closes.
 */
async function keep(
  name: string,
  files: DataFileTexts,
  previous: SavedDataset | null,
  save: (saved: SavedDataset) => Promise<void>,
): Promise<boolean> {
  const saved = await save({ name, files }).then(
    () => true,
    () => false,
  )
  const kept = useDataSource.getState().showCustom(name, saved)
  if (saved && !kept) {
    // The flag still names the dataset before; put its data back under it (or clear what nothing names).
    const { forgetSavedDataset } = await storage()
    await (previous ? save(previous) : forgetSavedDataset()).catch(() => undefined)
  }
  return kept
}

export async function revertToBundled(client: QueryClient): Promise<void> {
  await showBundledData(client)
  const { forgetSavedDataset } = await storage().catch(() => ({ forgetSavedDataset: () => Promise.resolve() }))
  await forgetSavedDataset().catch(() => undefined)
  tellOtherTabs({ kind: 'bundled' })
}

async function showBundledData(client: QueryClient): Promise<void> {
  // Load the bundled data before switching, so the page does not fall back to its loading screen meanwhile.
  await client.ensureQueryData(datasetQueryOptions).catch(() => undefined)
  useDataSource.getState().showBundled()
  client.removeQueries({ queryKey: customDatasetQueryOptions.queryKey })
}

/** Follows an import or revert made in another tab: reads the dataset it saved, then shows it. */
export async function followOtherTab(client: QueryClient, message: TabMessage): Promise<void> {
  if (message.kind === 'bundled') {
    await showBundledData(client)
    return
  }
  client.removeQueries({ queryKey: datasetFilesQueryOptions('custom').queryKey })
  // Read before switching, so the views swap datasets without falling back to the loading screen.
  await client.fetchQuery({ ...customDatasetQueryOptions, staleTime: 0 }).catch(() => undefined)
  useDataSource.getState().showCustom(message.name, true)
}

/** Calls `follow` with each message another tab sends about the dataset. */
export function listenToOtherTabs(follow: (message: TabMessage) => void): () => void {
  const channel = otherTabs()
  const receive = (event: MessageEvent<TabMessage>) => follow(event.data)
  channel?.addEventListener('message', receive)
  return () => channel?.removeEventListener('message', receive)
}

const stem = (name: string) => name.replace(/\.json$/i, '')

/** Downloads the dataset on screen in the shape the import reads; returns the file name. */
export async function exportDataset(client: QueryClient, source: DataSource): Promise<string> {
  const files = await client.fetchQuery(datasetFilesQueryOptions(source.kind))
  const fileName =
    source.kind === 'custom'
      ? exportFileName(['dataset', stem(source.name)], 'json')
      : exportFileName(['dataset', DATA_VERSION], 'json')
  const [{ serializeCustomFile }, { downloadText }] = await Promise.all([checker(), downloader()])
  downloadText(serializeCustomFile(files), fileName, 'application/json')
  return fileName
}
