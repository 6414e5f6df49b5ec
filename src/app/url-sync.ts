// Keeps the address bar and the view store in step: the URL is read on start and on back/forward, and
// store changes are written back (pushState for deliberate moves — a new screen or item — replaceState else).
import { useEffect } from 'react'
import { create } from 'zustand'
import type { Dataset } from '../domain/types'
import { paramsToView, viewToParams, type KnownIds } from '../state/view-codec'
import { currentView, useViewStore } from '../state/view-store'
import type { View } from '../state/view'

interface UrlNoticeState {
  notices: readonly string[]
  dismiss: () => void
}

/** What the last URL read ignored; shown once as a dismissible notice. */
export const useUrlNotices = create<UrlNoticeState>()((set) => ({
  notices: [],
  dismiss: () => set({ notices: [] }),
}))

export function knownIdsOf(dataset: Dataset): KnownIds {
  return {
    topics: new Set(dataset.topics.map((topic) => topic.id)),
    actors: new Set(dataset.people.map((person) => person.id)),
    items: new Set(dataset.items.map((item) => item.id)),
  }
}

function readUrl(known: KnownIds) {
  const decoded = paramsToView(new URLSearchParams(window.location.search), known)
  useViewStore.getState().replaceView(decoded.view)
  useUrlNotices.setState({ notices: decoded.notices })
}

function isDeliberateMove(previous: View, next: View): boolean {
  return previous.view !== next.view || (next.item !== null && previous.item !== next.item)
}

export function useUrlSync(dataset: Dataset): void {
  useEffect(() => {
    const known = knownIdsOf(dataset)
    readUrl(known)
    let previous = currentView(useViewStore.getState())
    const unsubscribe = useViewStore.subscribe((state) => {
      const next = currentView(state)
      const search = viewToParams(next).toString()
      const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`
      if (`?${search}` !== window.location.search && !(search === '' && window.location.search === '')) {
        if (isDeliberateMove(previous, next)) window.history.pushState(null, '', url)
        else window.history.replaceState(null, '', url)
      }
      previous = next
    })
    const onPopState = () => {
      readUrl(known)
      previous = currentView(useViewStore.getState())
    }
    window.addEventListener('popstate', onPopState)
    return () => {
      unsubscribe()
      window.removeEventListener('popstate', onPopState)
    }
  }, [dataset])
}
