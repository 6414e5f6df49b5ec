// Each status gets a fill pattern as well as its colour (domain/status-motifs.ts), drawn in the background colour
// over the status hue.
import { assertNever } from '../../domain/assert-never'
import { STATUS_META } from '../../domain/status'
import { MOTIF_TILE, STATUS_MOTIFS, type Motif } from '../../domain/status-motifs'
import { STATUSES, type Status } from '../../domain/vocabulary'

function MotifShape({ motif }: { readonly motif: Motif }) {
  switch (motif.kind) {
    case 'path':
      return <path d={motif.d} stroke="var(--bg)" strokeWidth={motif.width} />
    case 'dot':
      return <circle cx={motif.cx} cy={motif.cy} r={motif.r} fill="var(--bg)" />
    case 'square':
      return <rect x={motif.x} y={motif.y} width={motif.size} height={motif.size} fill="var(--bg)" />
    default:
      return assertNever(motif)
  }
}

/** Id-safe prefix from React's useId output. */
export const patternPrefix = (id: string) => `sp${id.replace(/[^a-zA-Z0-9]/g, '')}`

export const patternFill = (prefix: string, status: Status) => `url(#${prefix}-${status})`

/** The <pattern> defs for every status; place inside an <svg> (or a chart's children). */
export function StatusPatternDefs({ prefix }: { readonly prefix: string }) {
  return (
    <defs>
      {STATUSES.map((status) => {
        const motif = STATUS_MOTIFS[status]
        return (
          <pattern
            key={status}
            id={`${prefix}-${status}`}
            width={MOTIF_TILE}
            height={MOTIF_TILE}
            patternUnits="userSpaceOnUse"
          >
            <rect width={MOTIF_TILE} height={MOTIF_TILE} fill={`var(${STATUS_META[status].token})`} />
            {motif ? <MotifShape motif={motif} /> : null}
          </pattern>
        )
      })}
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
