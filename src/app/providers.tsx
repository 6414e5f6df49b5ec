import { QueryClientProvider, QueryErrorResetBoundary, type QueryClient } from '@tanstack/react-query'
import { Suspense, useEffect, type ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { DataErrorScreen } from '../components/data-error-screen'
import { isDataError } from '../data/data-error'
import { SavedDataRecovery } from '../features/custom-data/saved-data-recovery'
import { MESSAGES } from '../lib/messages'
import { useT } from '../state/use-t'
import { THEMES } from '../state/view'
import { storedTheme } from './theme-preference'

/** The error screen replaces the shell that applies the theme, so it applies the linked or stored theme itself. */
function useThemeWithoutShell() {
  useEffect(() => {
    const linked = new URLSearchParams(window.location.search).get('theme')
    document.documentElement.dataset.theme = THEMES.find((theme) => theme === linked) ?? storedTheme() ?? 'system'
  }, [])
}

function AppErrorFallback({ error, onReload }: { readonly error: unknown; readonly onReload: () => void }) {
  const t = useT()
  useThemeWithoutShell()
  if (isDataError(error)) {
    return (
      <main className="page page--error">
        <DataErrorScreen
          problems={error.problems}
          title={t('dataError.title')}
          intro={t('dataError.intro')}
          columns={{
            file: t('dataError.file'),
            record: t('dataError.record'),
            field: t('dataError.field'),
            problem: t('dataError.problem'),
          }}
        />
        <SavedDataRecovery />
      </main>
    )
  }
  return (
    <main className="page page--error">
      <div role="alert" className="panel-error">
        <h1>{t('app.failed')}</h1>
        <p>{error instanceof Error ? error.message : String(error)}</p>
        <button type="button" onClick={onReload}>
          {t('app.reload')}
        </button>
      </div>
    </main>
  )
}

function ShellSkeleton() {
  return (
    <div className="page" aria-busy="true">
      <header className="app-header">
        <h1 className="app-title">{MESSAGES.en['app.title']}</h1>
      </header>
      <main className="skeleton" role="status">
        {MESSAGES.en.loading}
      </main>
    </div>
  )
}

export function Providers({ client, children }: { readonly client: QueryClient; readonly children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <QueryErrorResetBoundary>
        {({ reset }) => (
          <ErrorBoundary
            onReset={reset}
            fallbackRender={({ error }) => <AppErrorFallback error={error} onReload={() => window.location.reload()} />}
          >
            <Suspense fallback={<ShellSkeleton />}>{children}</Suspense>
          </ErrorBoundary>
        )}
      </QueryErrorResetBoundary>
    </QueryClientProvider>
  )
}
