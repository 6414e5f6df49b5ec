import { lazy, memo, useState, type ComponentType, type LazyExoticComponent } from 'react'

/** How each retryable component forgets a failed load; see renewFailedLoads. */
const renewals = new Set<() => void>()

/**
 * Lets every component whose code failed to load try again on its next mount. Called by the error boundary once it
 * has shown the failure: not sooner, since React renders a failed subtree once more before it gives up, and a fresh
 * load there would only suspend again, so the failure would never reach the screen.
 */
export function renewFailedLoads(): void {
  for (const renew of renewals) renew()
}

/**
 * A component whose code loads on first use and that recovers when that load failed. React.lazy keeps its promise,
 * a failed one too, so after a failure shown by an error boundary the next mount ("Try again", or leaving and
 * coming back) uses a new lazy component, which loads again. `load` should be a retryableImport, which fetches
 * afresh after a failure.
 *
 * Once the code is in, the component renders straight away: React.lazy alone would suspend once more on its first
 * render even then, and React holds a revealed fallback back for up to 300 ms.
 *
 * Memoised: these are charts, costly to draw, and a section re-renders for things its chart ignores (a record opened
 * under it, a date it does not show).
 */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null
  let failed = false
  const preload = () =>
    load().then(
      (component) => {
        loaded = component
        return { default: component }
      },
      (error: unknown) => {
        failed = true
        throw error
      },
    )
  let current: LazyExoticComponent<ComponentType<P>> = lazy(preload)
  renewals.add(() => {
    if (!failed) return
    failed = false
    current = lazy(preload)
  })
  function RetryableLazy(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the component later would remount it and lose state.
    const [Component] = useState(() => loaded ?? current)
    return <Component {...props} />
  }
  return Object.assign(memo(RetryableLazy), { preload })
}
