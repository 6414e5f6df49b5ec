// The header search's code and index load once the page is idle (or at the first word typed, if sooner): neither
// the first download nor the first screen carries them.
import { useEffect, useMemo, useState } from 'react'
import type * as GlobalSearchModule from '../../domain/global-search'
import type { SearchGroup } from '../../domain/global-search'
import { queryTokens } from '../../domain/search'
import type { Dataset } from '../../domain/types'
import { retryableImport } from '../../lib/retry-import'
// The first screen's hooks, not derived.ts: the header loads with the shell, and derived.ts with the views.
import { useAsOf, useDataset } from '../../state/on-screen'
import { useViewStore } from '../../state/view-store'

type SearchModule = typeof GlobalSearchModule

const loadSearchModule = retryableImport(() => import('../../domain/global-search'))
/** Kept once loaded, so every later mount has it at once. */
let loadedModule: SearchModule | null = null
const indexes = new WeakMap<Dataset, GlobalSearchModule.GlobalSearchIndex>()
const indexFor = (module: SearchModule, dataset: Dataset) => {
  let index = indexes.get(dataset)
  if (!index) indexes.set(dataset, (index = module.buildGlobalSearchIndex(dataset)))
  return index
}

/** Runs `work` when the browser is idle (Safari has no requestIdleCallback: a timeout lets the screen paint first). */
function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(work, { timeout: 5_000 })
    return () => window.cancelIdleCallback(handle)
  }
  const handle = window.setTimeout(work, 1_000)
  return () => window.clearTimeout(handle)
}

export type SearchState =
  | { readonly status: 'ready'; readonly groups: readonly SearchGroup[] }
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly retry: () => void }

/** The results for `query`, grouped by kind, as known on the date. */
export function useGlobalSearch(query: string): SearchState {
  const dataset = useDataset()
  const asOf = useAsOf()
  const lang = useViewStore((state) => state.lang)
  const [module, setModule] = useState(loadedModule)
  const [attempt, setAttempt] = useState(0)
  const [failed, setFailed] = useState(false)
  const wanted = queryTokens(query).length > 0

  useEffect(() => {
    if (module) return whenIdle(() => void indexFor(module, dataset))
    let live = true
    const load = () =>
      void loadSearchModule().then(
        (loaded) => {
          loadedModule = loaded
          if (live) setModule(loaded)
        },
        () => live && setFailed(true),
      )
    if (wanted) load()
    const cancel = wanted ? () => undefined : whenIdle(load)
    return () => {
      live = false
      cancel()
    }
  }, [module, dataset, wanted, attempt])

  return useMemo((): SearchState => {
    if (!wanted) return { status: 'ready', groups: [] }
    if (module) return { status: 'ready', groups: module.globalSearch(indexFor(module, dataset), query, asOf, lang) }
    if (failed)
      return {
        status: 'failed',
        retry: () => {
          setFailed(false)
          setAttempt((count) => count + 1)
        },
      }
    return { status: 'loading' }
  }, [wanted, module, failed, dataset, query, asOf, lang])
}
