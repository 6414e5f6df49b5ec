import type { ReactNode } from 'react'

/**
 * A link past the page's controls, shown on focus. It moves focus itself rather than following the fragment, so
 * the address keeps no "#…" that would stay on every later view and on reload.
 */
export function SkipLink({ target, children }: { readonly target: string; readonly children: ReactNode }) {
  return (
    <a
      className="skip-link"
      href={`#${target}`}
      onClick={(event) => {
        const element = document.getElementById(target)
        if (!element) return
        event.preventDefault()
        element.focus()
      }}
    >
      {children}
    </a>
  )
}
