// The theme a reader picked, kept in this browser. Precedence: the link's `theme`, else the stored choice,
// else the system's light or dark. Only a choice made with the switch is stored; a link's theme is not.
import { CODEC_VERSION } from '../state/view-codec'
import { THEMES, type Theme } from '../state/view'

const THEME_KEY = 'union-state-roadmap-tracker:theme'

const isTheme = (value: string | null): value is Theme => (THEMES as readonly (string | null)[]).includes(value)

export function storedTheme(): Theme | null {
  try {
    const value = window.localStorage.getItem(THEME_KEY)
    return isTheme(value) ? value : null
  } catch {
    return null
  }
}

/** The theme a page opens in: the link's, else the stored choice, else the system's. */
export function startingTheme(search: string): Theme {
  const linked = new URLSearchParams(search).get('theme')
  return isTheme(linked) ? linked : (storedTheme() ?? 'system')
}

export function storeTheme(theme: Theme): void {
  try {
    if (theme === 'system') window.localStorage.removeItem(THEME_KEY)
    else window.localStorage.setItem(THEME_KEY, theme)
  } catch {
    // Storage blocked: the choice still holds for this page through the URL.
  }
}

/** Writes a stored theme into an address that has none; called just before the URL is first read into the view. */
export function putStoredThemeInAddress(): void {
  const params = new URLSearchParams(window.location.search)
  const stored = storedTheme()
  if (params.has('theme') || stored === null || stored === 'system') return
  params.set('theme', stored)
  if (!params.has('v')) params.set('v', CODEC_VERSION)
  window.history.replaceState(null, '', `${window.location.pathname}?${params.toString()}${window.location.hash}`)
}
