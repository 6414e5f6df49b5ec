// The screen shown while the data and the view's code load. A built page already shows it from index.html, in both
// languages (scripts/static-shell.ts); React leaves that copy in place until the app or its error screen
// commits, so the page is not drawn twice. Where there is no such copy (the dev server, component tests), React
// draws the same markup itself.
import { useLayoutEffect } from 'react'
import { useT } from '../state/use-t'
import { AppTitles } from './app-titles'

const STATIC_SHELL_ID = 'static-shell'

export function LoadingScreen() {
  const t = useT()
  return (
    <div className="page" aria-busy="true">
      <header className="app-header">
        <AppTitles />
      </header>
      <main className="skeleton" role="status">
        {t('loading')}
      </main>
    </div>
  )
}

/** The Suspense fallback: nothing while index.html's copy is still on screen. */
export function LoadingFallback() {
  return document.getElementById(STATIC_SHELL_ID) ? null : <LoadingScreen />
}

/** Rendered with the first real screen: takes index.html's copy away in the same commit. */
export function StaticShellGone() {
  useLayoutEffect(() => {
    document.getElementById(STATIC_SHELL_ID)?.remove()
  }, [])
  return null
}
