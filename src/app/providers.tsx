import { QueryClientProvider, QueryErrorResetBoundary, type QueryClient } from '@tanstack/react-query'
import { Suspense, type ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { DataErrorScreen } from '../components/data-error-screen'
import { isDataError } from '../data/data-error'
import { SavedDataRecovery } from '../features/custom-data/saved-data-recovery'
import { useT } from '../state/use-t'
import { LoadingFallback, StaticShellGone } from './loading-screen'

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

export function Providers({ client, children }: { readonly client: QueryClient; readonly children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <QueryErrorResetBoundary>
        {({ reset }) => (
          <ErrorBoundary
            onReset={reset}
            fallbackRender={({ error }) => (
              <>
                <StaticShellGone />
                <AppErrorFallback error={error} onReload={() => window.location.reload()} />
              </>
            )}
          >
            <Suspense fallback={<LoadingFallback />}>
              <StaticShellGone />
              {children}
            </Suspense>
          </ErrorBoundary>
        )}
      </QueryErrorResetBoundary>
    </QueryClientProvider>
  )
}
