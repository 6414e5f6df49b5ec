// Each status's fill pattern besides its colour, so segments stay distinguishable without colour (greyscale print,
// colour-blind readers): a motif drawn in the background colour on an 8 × 8 tile of the status hue. Data, so the
// page's <pattern> defs and an exported drawing's key draw the same tiles.
import type { Status } from './vocabulary'

export type Motif =
  | { readonly kind: 'path'; readonly d: string; readonly width: number }
  | { readonly kind: 'dot'; readonly cx: number; readonly cy: number; readonly r: number }
  | { readonly kind: 'square'; readonly x: number; readonly y: number; readonly size: number }

export const MOTIF_TILE = 8

export const STATUS_MOTIFS: Record<Status, Motif | null> = {
  drafting: { kind: 'dot', cx: 4, cy: 4, r: 1.6 },
  open: { kind: 'path', d: 'M-1 9 L9 -1', width: 2 },
  agreed: null,
  approved: { kind: 'path', d: 'M0 4 H8', width: 2 },
  completed: { kind: 'path', d: 'M-1 9 L9 -1 M-1 -1 L9 9', width: 1.5 },
  'set-aside': { kind: 'path', d: 'M4 0 V8', width: 2 },
  superseded: { kind: 'path', d: 'M-1 -1 L9 9', width: 2 },
  unattributed: { kind: 'square', x: 2, y: 2, size: 3 },
}
