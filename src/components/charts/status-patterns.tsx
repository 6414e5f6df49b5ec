// Each status gets a fill pattern as well as its colour, so segments stay distinguishable without colour
// (greyscale print, colour-blind readers). Patterns are drawn in the background colour over the status hue.
import type { ReactNode } from 'react'
import { STATUS_META } from '../../domain/status'
import { STATUSES, type Status } from '../../domain/vocabulary'

const INK = { stroke: 'var(--bg)', strokeWidth: 2 } as const

const MOTIFS: Record<Status, ReactNode> = {
  drafting: <circle cx="4" cy="4" r="1.6" fill="var(--bg)" />,
  open: <path d="M-1 9 L9 -1" {...INK} />,
  agreed: null,
  approved: <path d="M0 4 H8" {...INK} />,
  completed: <path d="M-1 9 L9 -1 M-1 -1 L9 9" {...INK} strokeWidth={1.5} />,
  'set-aside': <path d="M4 0 V8" {...INK} />,
  superseded: <path d="M-1 -1 L9 9" {...INK} />,
  unattributed: <rect x="2" y="2" width="3" height="3" fill="var(--bg)" />,
}

/** Id-safe prefix from React's useId output. */
export const patternPrefix = (id: string) => `sp${id.replace(/[^a-zA-Z0-9]/g, '')}`

export const patternFill = (prefix: string, status: Status) => `url(#${prefix}-${status})`

/** The <pattern> defs for every status; place inside an <svg> (or a chart's children). */
export function StatusPatternDefs({ prefix }: { readonly prefix: string }) {
  return (
    <defs>
      {STATUSES.map((status) => (
        <pattern key={status} id={`${prefix}-${status}`} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill={`var(${STATUS_META[status].token})`} />
          {MOTIFS[status]}
        </pattern>
      ))}
    </defs>
  )
}

/** A small legend swatch showing a status's colour and pattern. */
export function StatusSwatch({ prefix, status }: { readonly prefix: string; readonly status: Status }) {
  return (
    <svg className="status-swatch" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <rect width="18" height="18" rx="3" fill={patternFill(prefix, status)} stroke="var(--border)" />
    </svg>
  )
}
