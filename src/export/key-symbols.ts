// The marks a chart's key shows, as data, and each drawn as SVG in a SYMBOL_SIZE box: the same shapes, colours
// and patterns the chart draws, so every kind of mark on an exported chart has its entry.
import { MOTIF_TILE, STATUS_MOTIFS, type Motif } from '../domain/status-motifs'
import { STATUS_META } from '../domain/status'
import type { MarkShape } from '../domain/progress-specs'
import type { Status } from '../domain/vocabulary'
import { assertNever } from '../domain/assert-never'
import { SYMBOL_SIZE } from './figure-layout'
import { escapeXml } from './xml'

export type KeySymbol =
  /** A status's colour and fill pattern. */
  | { readonly kind: 'status'; readonly status: Status }
  /** A claim's mark: shape and colour of its series, hollow when inferred. */
  | { readonly kind: 'mark'; readonly shape: MarkShape; readonly token: string; readonly hollow: boolean }
  /** The dashed ring around a disputed figure. */
  | { readonly kind: 'ring' }
  /** A line across the chart (an event, the as-of date, a series' step line), dashed or solid. */
  | {
      readonly kind: 'line'
      readonly token: string
      readonly dash: string | null
      readonly width: number
      readonly upright: boolean
    }
  /** A range around a mark (an error bar): a fuzzy date or a reported range. */
  | { readonly kind: 'span'; readonly token: string }
  /** A character drawn on the chart (◆ for a late target met, an outcome's icon). */
  | { readonly kind: 'glyph'; readonly glyph: string; readonly token: string }
  /** A bar in a colour, optionally outlined and dashed (a deadline overrun). */
  | { readonly kind: 'bar'; readonly token: string; readonly outline: boolean }
  /** A cell shaded lighter to deeper: more items. */
  | { readonly kind: 'shade'; readonly token: string }

/** The page's colour for a token (e.g. '--status-open'), as #rrggbb. */
export type Paint = (token: string) => string

const S = SYMBOL_SIZE
const C = S / 2

function motifMarkup(motif: Motif, background: string): string {
  switch (motif.kind) {
    case 'path':
      return `<path d="${motif.d}" stroke="${background}" stroke-width="${motif.width}" fill="none"/>`
    case 'dot':
      return `<circle cx="${motif.cx}" cy="${motif.cy}" r="${motif.r}" fill="${background}"/>`
    case 'square':
      return `<rect x="${motif.x}" y="${motif.y}" width="${motif.size}" height="${motif.size}" fill="${background}"/>`
    default:
      return assertNever(motif)
  }
}

/** The <pattern> a status fill uses in an exported picture: its own ids, so it needs nothing from the page. */
export function statusPatternMarkup(status: Status, paint: Paint): string {
  const motif = STATUS_MOTIFS[status]
  return `<pattern id="${statusPatternId(status)}" width="${MOTIF_TILE}" height="${MOTIF_TILE}" patternUnits="userSpaceOnUse"><rect width="${MOTIF_TILE}" height="${MOTIF_TILE}" fill="${paint(STATUS_META[status].token)}"/>${motif ? motifMarkup(motif, paint('--bg')) : ''}</pattern>`
}

export const statusPatternId = (status: Status) => `key-status-${status}`

/** The outline of a claim mark centred on (cx, cy), about `r` in radius, as recharts' symbols draw them. */
function shapeMarkup(shape: MarkShape, cx: number, cy: number, r: number, paint: string): string {
  switch (shape) {
    case 'circle':
      return `<circle cx="${cx}" cy="${cy}" r="${r}" ${paint}/>`
    case 'square':
      return `<rect x="${cx - r}" y="${cy - r}" width="${2 * r}" height="${2 * r}" ${paint}/>`
    case 'triangle':
      return `<path d="M${cx} ${cy - r * 1.15} L${cx + r * 1.15} ${cy + r * 0.85} L${cx - r * 1.15} ${cy + r * 0.85} Z" ${paint}/>`
    case 'diamond':
      return `<path d="M${cx} ${cy - r * 1.3} L${cx + r * 0.8} ${cy} L${cx} ${cy + r * 1.3} L${cx - r * 0.8} ${cy} Z" ${paint}/>`
    default:
      return assertNever(shape)
  }
}

/** The symbol drawn in its box with its top left at (x, y). */
export function keySymbolMarkup(symbol: KeySymbol, x: number, y: number, paint: Paint): string {
  const inner = symbolBody(symbol, paint)
  return `<g transform="translate(${x} ${y})">${inner}</g>`
}

function symbolBody(symbol: KeySymbol, paint: Paint): string {
  switch (symbol.kind) {
    case 'status':
      return `<rect width="${S}" height="${S}" rx="2" fill="url(#${statusPatternId(symbol.status)})" stroke="${paint('--border')}"/>`
    case 'mark': {
      const colour = paint(symbol.token)
      const fill = symbol.hollow
        ? `fill="${paint('--bg')}" stroke="${colour}" stroke-width="2"`
        : `fill="${colour}" stroke="${paint('--bg')}" stroke-width="1"`
      return shapeMarkup(symbol.shape, C, C, 4.5, fill)
    }
    case 'ring':
      return `<circle cx="${C}" cy="${C}" r="${C - 1}" fill="none" stroke="${paint('--text')}" stroke-width="1.5" stroke-dasharray="3 2"/><circle cx="${C}" cy="${C}" r="3" fill="${paint('--muted')}"/>`
    case 'line': {
      const dash = symbol.dash ? ` stroke-dasharray="${symbol.dash}"` : ''
      const path = symbol.upright ? `M${C} 0 V${S}` : `M0 ${C} H${S}`
      return `<path d="${path}" stroke="${paint(symbol.token)}" stroke-width="${symbol.width}"${dash} fill="none"/>`
    }
    case 'span': {
      const colour = paint(symbol.token)
      return `<path d="M1 ${C} H${S - 1} M1 ${C - 3} V${C + 3} M${S - 1} ${C - 3} V${C + 3}" stroke="${colour}" stroke-width="1.5" fill="none"/>`
    }
    case 'glyph':
      return `<text x="${C}" y="${S - 2}" text-anchor="middle" font-size="${S}" fill="${paint(symbol.token)}">${escapeXml(symbol.glyph)}</text>`
    case 'bar':
      return symbol.outline
        ? `<rect x="0.75" y="${C - 4}" width="${S - 1.5}" height="8" fill="none" stroke="${paint(symbol.token)}" stroke-width="1.5" stroke-dasharray="3 2"/>`
        : `<rect x="0" y="${C - 4}" width="${S}" height="8" rx="2" fill="${paint(symbol.token)}"/>`
    case 'shade':
      return `<rect width="${C}" height="${S}" fill="${paint(symbol.token)}" fill-opacity="0.25"/><rect x="${C}" width="${C}" height="${S}" fill="${paint(symbol.token)}" fill-opacity="0.6"/>`
    default:
      return assertNever(symbol)
  }
}
