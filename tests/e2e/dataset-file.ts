// Dataset files for the import journeys, built from the real data in data/ in the shape the import reads.
import { readFileSync } from 'node:fs'
import { serializeCustomFile } from '../../src/data/custom-dataset'
import type { DataFileTexts } from '../../src/data/parse-dataset'
import { DATA_FILE_NAMES, type DataFileName } from '../../src/data/raw-schema'
import type { KnownIds } from '../../src/state/view-codec'

export type DatasetJson = Record<DataFileName, unknown>
export type JsonRecord = Record<string, unknown>

export function bundledTexts(): DataFileTexts {
  return Object.fromEntries(DATA_FILE_NAMES.map((name) => [name, readFileSync(`data/${name}`, 'utf8')]))
}

/** The real data as one object, after an optional edit. */
export function realDataset(edit?: (json: DatasetJson) => void): DatasetJson {
  const json = Object.fromEntries(
    DATA_FILE_NAMES.map((name) => [name, JSON.parse(readFileSync(`data/${name}`, 'utf8')) as unknown]),
  ) as DatasetJson
  edit?.(json)
  return json
}

/** The records of a file that holds a list, to edit in place. */
export function recordsOf(json: DatasetJson, name: Exclude<DataFileName, 'programmes.json'>): JsonRecord[] {
  const records = json[name]
  if (!Array.isArray(records)) throw new Error(`${name} is not a list`)
  return records as JsonRecord[]
}

export function firstOf(json: DatasetJson, name: Exclude<DataFileName, 'programmes.json'>): JsonRecord {
  const [first] = recordsOf(json, name)
  if (!first) throw new Error(`${name} is empty`)
  return first
}

/** A file for `setInputFiles`. */
export function upload(name: string, content: DatasetJson | string) {
  const text = typeof content === 'string' ? content : JSON.stringify(content)
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) }
}

/** What the app's export writes for the bundled data. */
export function bundledExport(): string {
  return serializeCustomFile(bundledTexts())
}

/** The ids of the real data, as the app checks links against them. */
export function realKnownIds(): KnownIds {
  const json = realDataset()
  const ids = (records: unknown) => new Set((records as { id: string }[]).map((record) => record.id))
  const programmes = (json['programmes.json'] as { programmes: { id: string }[] }).programmes
  return {
    topics: ids(json['topics.json']),
    actors: ids(json['people.json']),
    items: new Set([...ids(json['roadmaps.json']), ...ids(programmes)]),
    targets: ids(json['targets.json']),
  }
}

/**
 * Puts an impossible date into the stored copy of the user's dataset, as if a newer app rejected it.
 * Runs in the page: pass it to page.evaluate.
 */
export async function breakSavedDataset(): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('union-state-roadmap-tracker')
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(new Error('no database'))
  })
  const store = db.transaction('custom-dataset', 'readwrite').objectStore('custom-dataset')
  const saved = await new Promise<{ files: Record<string, string> }>((resolve) => {
    const request = store.get('active')
    request.onsuccess = () => resolve(request.result as { files: Record<string, string> })
  })
  const events = JSON.parse(saved.files['events.json'] ?? '[]') as { date: string }[]
  if (events[0]) events[0].date = '2019-13-45'
  saved.files['events.json'] = JSON.stringify(events)
  await new Promise((resolve) => (store.put(saved, 'active').onsuccess = resolve))
  db.close()
}
