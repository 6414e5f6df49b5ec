import type { ReactNode } from 'react'

/** A wide table that scrolls sideways inside its frame; focusable so keyboard users can scroll it too. */
export function ScrollTable({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard
    <div className="table-scroll" role="group" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
