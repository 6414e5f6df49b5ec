import { lazy, useState, type ComponentType } from 'react'

/**
 * A component whose code loads on first use and that recovers when that load failed. React.lazy keeps its promise,
 * a failed one too, so each mount that finds the code not yet in makes its own: remounting (an error boundary's
 * "Try again", or leaving and coming back) loads again. `load` should be a retryableImport, which shares one
 * download between mounts and fetches afresh after a failure.
 *
 * Once the code is in, the component renders straight away: React.lazy alone would suspend once more on its first
 * render even then, and React holds a revealed fallback back for up to 300 ms.
 */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null
  const preload = () =>
    load().then((component) => {
      loaded = component
      return { default: component }
    })
  function RetryableLazy(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the component later would remount it and lose state.
    const [Component] = useState(() => loaded ?? lazy(preload))
    return <Component {...props} />
  }
  return Object.assign(RetryableLazy, { preload })
}
