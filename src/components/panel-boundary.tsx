import type { ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { isCodeLoadError } from '../lib/retry-import'
import { renewFailedLoads } from './retryable-lazy'

interface PanelBoundaryProps {
  readonly name: string
  readonly failedLabel: string
  readonly retryLabel: string
  /** Said instead of the browser's message when the panel's code could not be downloaded. */
  readonly codeFailedLabel: string
  readonly reloadLabel: string
  readonly children: ReactNode
}

/**
 * A broken panel says which one it is and offers a retry; the rest of the app keeps working. When its code did not
 * download, "Try again" loads it afresh (retryableLazy), and a reload is offered for when the file is gone for good.
 */
export function PanelBoundary({
  name,
  failedLabel,
  retryLabel,
  codeFailedLabel,
  reloadLabel,
  children,
}: PanelBoundaryProps) {
  return (
    <ErrorBoundary
      onError={renewFailedLoads}
      fallbackRender={({ error, resetErrorBoundary }) => {
        const codeFailed = isCodeLoadError(error)
        return (
          <div className="panel-error" role="alert">
            <h2>
              {failedLabel}: {name}
            </h2>
            <p>{codeFailed ? codeFailedLabel : error instanceof Error ? error.message : String(error)}</p>
            <button type="button" onClick={resetErrorBoundary}>
              {retryLabel}
            </button>
            {codeFailed ? (
              <button type="button" onClick={() => window.location.reload()}>
                {reloadLabel}
              </button>
            ) : null}
          </div>
        )
      }}
    >
      {children}
    </ErrorBoundary>
  )
}
