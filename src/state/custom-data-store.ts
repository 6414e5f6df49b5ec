// Which dataset the app shows. Only this flag lives here: the datasets are in the query cache, and the user's own
// one is also in IndexedDB (data/saved-dataset.ts). The flag is mirrored in localStorage, which reads synchronously,
// so after a reload the very first render already waits for the right dataset (and reads the URL against its ids).
import { create } from 'zustand'

export type DataSource =
  | { readonly kind: 'bundled' }
  /** `kept`: saved in this browser, so it survives a reload. */
  | { readonly kind: 'custom'; readonly name: string; readonly kept: boolean }

interface DataSourceState {
  readonly source: DataSource
  /** Shows the user's dataset; with `keep`, marks it to come back after a reload. Returns whether it will. */
  showCustom: (name: string, keep: boolean) => boolean
  showBundled: () => void
}

const FLAG_KEY = 'union-state-roadmap-tracker:custom-data'
const BUNDLED: DataSource = { kind: 'bundled' }

function readFlag(): DataSource {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(FLAG_KEY) ?? 'null')
    if (value && typeof value === 'object' && 'name' in value && typeof value.name === 'string') {
      return { kind: 'custom', name: value.name, kept: true }
    }
  } catch {
    // Storage blocked or the flag garbled: show the bundled data.
  }
  return BUNDLED
}

/** False when the browser refused (storage full or blocked): the choice then lasts until the page closes. */
function writeFlag(name: string | null): boolean {
  try {
    if (name === null) window.localStorage.removeItem(FLAG_KEY)
    else window.localStorage.setItem(FLAG_KEY, JSON.stringify({ name }))
    return true
  } catch {
    return false
  }
}

export const useDataSource = create<DataSourceState>()((set) => ({
  source: readFlag(),
  showCustom: (name, keep) => {
    // A dataset that is not kept leaves the flag as it was: it still names the dataset saved before, if any, which a
    // reload brings back. So does a flag the browser refused to write.
    const kept = keep && writeFlag(name)
    set({ source: { kind: 'custom', name, kept } })
    return kept
  },
  showBundled: () => {
    writeFlag(null)
    set({ source: BUNDLED })
  },
}))
