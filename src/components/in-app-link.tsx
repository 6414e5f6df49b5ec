// A real link for moves inside the app. A plain left click shows the target in place; any other click
// (Ctrl/Cmd, Shift, Alt, the middle button) is left to the browser, which opens the address in a new tab or window.
import type { MouseEvent, ReactNode } from 'react'

interface InAppLinkProps {
  readonly href: string
  /** Shows the link's target in place; called for a plain left click only. */
  readonly onNavigate: () => void
  readonly current?: boolean
  readonly className?: string
  readonly children: ReactNode
}

const isPlainLeftClick = (event: MouseEvent) =>
  event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey

export function InAppLink({ href, onNavigate, current = false, className, children }: InAppLinkProps) {
  return (
    <a
      href={href}
      className={className}
      aria-current={current ? 'page' : undefined}
      onClick={(event) => {
        if (event.defaultPrevented || !isPlainLeftClick(event)) return
        event.preventDefault()
        onNavigate()
      }}
    >
      {children}
    </a>
  )
}
