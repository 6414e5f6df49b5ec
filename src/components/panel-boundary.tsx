import type { ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'

interface PanelBoundaryProps {
  readonly name: string
  readonly failedLabel: string
  readonly retryLabel: string
  readonly children: ReactNode
}

/** A broken panel says which one it is and offers a retry; the rest of the app keeps working. */
export function PanelBoundary({ name, failedLabel, retryLabel, children }: PanelBoundaryProps) {
  return (
    <ErrorBoundary
      fallbackRender={({ error, resetErrorBoundary }) => (
        <div className="panel-error" role="alert">
          <h2>
            {failedLabel}: {name}
          </h2>
          <p>{error instanceof Error ? error.message : String(error)}</p>
          <button type="button" onClick={resetErrorBoundary}>
            {retryLabel}
          </button>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  )
}
