// Keeps the address bar and the view store in step: the URL is read on start and on back/forward, and
// store changes are written back (pushState for deliberate moves — a new screen or item — replaceState else).
// The write waits a moment: history.replaceState costs Chromium a few milliseconds, which would otherwise sit
// between every click or keystroke and its frame, and a burst of keystrokes becomes one write.
import { useEffect, useRef } from 'react'
import { create } from 'zustand'
import type { Dataset } from '../domain/types'
import { paramsToView, viewToParams, type KnownIds, type LinkNotice } from '../state/view-codec'
import { currentView, useViewStore } from '../state/view-store'
import { putStoredThemeInAddress, startingTheme } from './theme-preference'
import type { View } from '../state/view'

interface UrlNoticeState {
  notices: readonly LinkNotice[]
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
    targets: new Set(dataset.targets.map((target) => target.id)),
  }
}

function readUrl(known: KnownIds) {
  const decoded = paramsToView(new URLSearchParams(window.location.search), known)
  useViewStore.getState().replaceView(decoded.view)
  useUrlNotices.setState({ notices: decoded.notices })
}

/**
 * What a link says that needs no dataset, applied before the data loads: the loading and error screens speak the
 * reader's language in their theme, and a link to the board opens on the board, not on the overview for a moment.
 * Everything else waits for readUrl, which checks ids against the data.
 */
export function applyLinkBeforeData(): void {
  const { view } = paramsToView(new URLSearchParams(window.location.search))
  useViewStore.setState({ view: view.view, lang: view.lang })
  document.documentElement.lang = view.lang
  document.documentElement.dataset.theme = startingTheme(window.location.search)
}

function isDeliberateMove(previous: View, next: View): boolean {
  return (
    previous.view !== next.view ||
    (next.item !== null && previous.item !== next.item) ||
    (next.deadline !== null && previous.deadline !== next.deadline)
  )
}

/** Long enough for the frame the change causes to be painted first, short enough that nobody sees the lag. */
const WRITE_DELAY_MS = 50

function writeUrl(previous: View, next: View): void {
  const search = viewToParams(next).toString()
  if (`?${search}` === window.location.search || (search === '' && window.location.search === '')) return
  const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`
  if (isDeliberateMove(previous, next)) window.history.pushState(null, '', url)
  else window.history.replaceState(null, '', url)
}

export function useUrlSync(dataset: Dataset): void {
  // The link is read in the first render that has the data, before any panel reads the store. Read in an effect,
  // it came after the panels had drawn the default view, and that frame stayed up while a chart's code loaded:
  // a reader, a screen reader or a print saw the unfiltered deck. Nothing has subscribed to the store's view yet,
  // so the write notifies no other component. A dataset loaded later is read against in the effect below.
  const linkReadFor = useRef<Dataset | null>(null)
  if (linkReadFor.current === null) {
    linkReadFor.current = dataset
    putStoredThemeInAddress()
    readUrl(knownIdsOf(dataset))
  }
  useEffect(() => {
    const known = knownIdsOf(dataset)
    if (linkReadFor.current !== dataset) {
      linkReadFor.current = dataset
      readUrl(known)
    }
    /** The view the address shows. */
    let written = currentView(useViewStore.getState())
    let timer: ReturnType<typeof setTimeout> | undefined
    const flush = () => {
      timer = undefined
      const next = currentView(useViewStore.getState())
      writeUrl(written, next)
      written = next
    }
    const unsubscribe = useViewStore.subscribe(() => {
      timer ??= setTimeout(flush, WRITE_DELAY_MS)
    })
    const onPopState = () => {
      // The address moved on its own; a write still waiting would undo the reader's back or forward.
      clearTimeout(timer)
      timer = undefined
      readUrl(known)
      written = currentView(useViewStore.getState())
    }
    // Leaving the page within the delay still records the last change in its history entry.
    const onPageHide = () => {
      if (timer !== undefined) {
        clearTimeout(timer)
        flush()
      }
    }
    window.addEventListener('popstate', onPopState)
    window.addEventListener('pagehide', onPageHide)
    return () => {
      unsubscribe()
      onPageHide()
      window.removeEventListener('popstate', onPopState)
      window.removeEventListener('pagehide', onPageHide)
    }
  }, [dataset])
}
