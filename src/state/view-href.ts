// Addresses for in-app links, encoded by the URL codec: a Ctrl/Cmd-click or middle-click opens in a new tab the
// screen that a plain click shows here.
import { useShallow } from 'zustand/react/shallow'
import type { View } from './view'
import { viewToParams } from './view-codec'
import { currentView, useViewStore } from './view-store'

export function viewHref(view: View): string {
  const search = viewToParams(view).toString()
  // The default view is the page's own path, as the address bar shows it, rather than a bare "?".
  return search ? `?${search}` : window.location.pathname
}

/** The full address that reopens `view`. */
export function viewAddress(view: View): string {
  const search = viewToParams(view).toString()
  // Not origin + pathname: a page opened from file:// has the origin "null".
  const base = window.location.href.split(/[?#]/)[0] ?? ''
  return `${base}${search ? `?${search}` : ''}`
}

/** The full address of the current view as the reader sees it, item and theme included: what "Copy link" copies. */
export function useViewAddress(): string {
  return viewAddress(useViewStore(useShallow(currentView)))
}

/** The address of the current view with `changes` applied: another view, an item. */
export function useViewHref(changes: Partial<View>): string {
  const view = useViewStore(useShallow(currentView))
  return viewHref({ ...view, ...changes })
}
