// The table's body as one flat list, so a single virtualiser windows titled rows, the group heading for titles
// never published, and (when expanded) that group's rows.
import type { BoardRow } from '../../domain/board-rows'

export type TableEntry =
  | { readonly kind: 'row'; readonly row: BoardRow }
  | { readonly kind: 'untitled-group'; readonly rows: readonly BoardRow[] }

export function tableEntries(
  titled: readonly BoardRow[],
  untitled: readonly BoardRow[],
  expanded: boolean,
): readonly TableEntry[] {
  const entries: TableEntry[] = titled.map((row) => ({ kind: 'row', row }))
  if (untitled.length === 0) return entries
  entries.push({ kind: 'untitled-group', rows: untitled })
  if (expanded) for (const row of untitled) entries.push({ kind: 'row', row })
  return entries
}

export const entryKey = (entry: TableEntry) => (entry.kind === 'row' ? entry.row.item.id : 'untitled-group')
