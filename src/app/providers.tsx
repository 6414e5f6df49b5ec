import { QueryClientProvider, QueryErrorResetBoundary, type QueryClient } from '@tanstack/react-query'
import { Suspense, type ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { DataErrorScreen } from '../components/data-error-screen'
import { isDataError } from '../data/data-error'
import { SavedDataRecovery } from '../features/custom-data/saved-data-recovery'
import { useT } from '../state/use-t'
import { AppTitles } from './app-titles'

function AppErrorFallback({ error, onReload }: { readonly error: unknown; readonly onReload: () => void }) {
  const t = useT()
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

/** While the data loads: the page's own titles, so the first paint is already the real heading. */
function ShellSkeleton() {
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
