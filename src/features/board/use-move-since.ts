// With a comparison date, the board marks each item whose status moved between it and the date shown.
import type { StatusMove } from '../../domain/changes'
import { changesOf, useAsOf, useDataset } from '../../state/derived'
import { useViewStore } from '../../state/view-store'

/** Each comparison's moves by item, so a row looks its own up instead of scanning them. */
const movesByItem = new WeakMap<readonly StatusMove[], ReadonlyMap<string, StatusMove>>()

export function useMoveSince(itemId: string): StatusMove | null {
  const dataset = useDataset()
  const asOf = useAsOf()
  const compare = useViewStore((state) => state.compare)
  const set = useViewStore((state) => state.set)
  if (compare === null) return null
  const { statusMoves } = changesOf(dataset, set, compare, asOf)
  let byItem = movesByItem.get(statusMoves)
  if (!byItem) {
    byItem = new Map(statusMoves.map((move) => [move.item.id, move]))
    movesByItem.set(statusMoves, byItem)
  }
  return byItem.get(itemId) ?? null
}
