// Keeps the user's own dataset across reloads. IndexedDB rather than localStorage: a dataset runs to megabytes,
// localStorage holds about 5 MB per site and reads synchronously (blocking the page at start), while IndexedDB
// stores far more and reads off the main thread. Only the small "custom data is on" flag goes to localStorage
// (state/custom-data-store.ts), because the app must know before it first renders which dataset to wait for.
import { createStore, del, get, set } from 'idb-keyval'
import { z } from 'zod'
import type { Dataset } from '../domain/types'
import { parseCustomFiles } from './custom-dataset'
import { DataError } from './data-error'
import type { DataFileTexts } from './parse-dataset'
import { DATA_FILE_NAMES } from './raw-schema'

// The same database and store names as the hand-written code before, so a dataset saved then is still found.
const store = () => createStore('union-state-roadmap-tracker', 'custom-dataset')
const KEY = 'active'

const savedDatasetSchema = z.object({
  name: z.string(),
  files: z.partialRecord(z.enum(DATA_FILE_NAMES), z.string()),
})

export interface SavedDataset {
  readonly name: string
  readonly files: DataFileTexts
}

// One record holds the name and every file, so a write stores all of it or (when the browser refuses) none of it,
// and the dataset saved before stays as it was.
export async function saveDataset(saved: SavedDataset): Promise<void> {
  await set(KEY, saved, store())
}

export async function forgetSavedDataset(): Promise<void> {
  await del(KEY, store())
}

export async function readSavedDataset(): Promise<SavedDataset | null> {
  const value: unknown = await get(KEY, store())
  const parsed = savedDatasetSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

const notFound = () =>
  new DataError([
    {
      file: '(your saved dataset)',
      record: '(file)',
      field: '(file)',
      message: 'no longer in this browser’s storage; load the file again or revert to the bundled data',
    },
  ])

export async function loadSavedFiles(): Promise<DataFileTexts> {
  const saved = await readSavedDataset().catch(() => null)
  if (!saved) throw notFound()
  return saved.files
}

/** The saved dataset checked again: a newer version of the app may reject what an older one accepted. */
export async function loadSavedDataset(): Promise<Dataset> {
  const saved = await readSavedDataset().catch(() => null)
  if (!saved) throw notFound()
  const result = parseCustomFiles(saved.name, saved.files)
  if (!result.ok) throw new DataError(result.problems)
  return result.dataset
}
