// Keeps the user's own dataset across reloads. IndexedDB rather than localStorage: a dataset runs to megabytes,
// localStorage holds about 5 MB per site and reads synchronously (blocking the page at start), while IndexedDB
// stores far more and reads off the main thread. Only the small "custom data is on" flag goes to localStorage
// (state/custom-data-store.ts), because the app must know before it first renders which dataset to wait for.
import { z } from 'zod'
import type { Dataset } from '../domain/types'
import { parseCustomFiles } from './custom-dataset'
import { DataError } from './data-error'
import type { DataFileTexts } from './parse-dataset'
import { DATA_FILE_NAMES } from './raw-schema'

const DB_NAME = 'union-state-roadmap-tracker'
const STORE = 'custom-dataset'
const KEY = 'active'

const savedDatasetSchema = z.object({
  name: z.string(),
  files: z.partialRecord(z.enum(DATA_FILE_NAMES), z.string()),
})

export interface SavedDataset {
  readonly name: string
  readonly files: DataFileTexts
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('this browser offers no IndexedDB storage'))
      return
    }
    const request = indexedDB.open(DB_NAME, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('could not open the browser storage'))
  })
}

async function inStore<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDatabase()
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode)
      const request = action(transaction.objectStore(STORE))
      transaction.oncomplete = () => resolve(request.result)
      transaction.onerror = () => reject(transaction.error ?? new Error('the browser storage failed'))
      transaction.onabort = () => reject(transaction.error ?? new Error('the browser storage refused the data'))
    })
  } finally {
    db.close()
  }
}

export async function saveDataset(saved: SavedDataset): Promise<void> {
  await inStore('readwrite', (store) => store.put(saved, KEY))
}

export async function forgetSavedDataset(): Promise<void> {
  await inStore('readwrite', (store) => store.delete(KEY))
}

export async function readSavedDataset(): Promise<SavedDataset | null> {
  const value: unknown = await inStore('readonly', (store) => store.get(KEY))
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
