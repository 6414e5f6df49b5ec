// With a comparison date, the board marks each item whose status moved between it and the date shown.
import { changesBetween, type StatusMove } from '../../domain/changes'
import { perDataset, useAsOf, useDataset } from '../../state/derived'
import { useViewStore } from '../../state/view-store'

/** The moves for the last comparison asked for, so the rows share one computation instead of one each. */
const lastMoves = perDataset(() => ({ key: '', moves: new Map<string, StatusMove>() }))

export function useMoveSince(itemId: string): StatusMove | null {
  const dataset = useDataset()
  const asOf = useAsOf()
  const compare = useViewStore((state) => state.compare)
  const set = useViewStore((state) => state.set)
  if (compare === null) return null
  const cached = lastMoves(dataset)
  const key = `${set} ${compare} ${asOf}`
  if (cached.key !== key) {
    const items = dataset.items.filter((item) => item.set === set)
    const { statusMoves } = changesBetween(items, dataset.targets, dataset.counts, compare, asOf)
    cached.moves = new Map(statusMoves.map((move) => [move.item.id, move]))
    cached.key = key
  }
  return cached.moves.get(itemId) ?? null
}
