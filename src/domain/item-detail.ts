// Everything the item detail shows, as known on a date: reports after the date are counted but not shown, so
// travelling back in time never leaks what happened later.
import { countConflictsForItem, type CountConflict } from './count-conflicts'
import { byDue, isTargetKnownAt, outcomeAsOf, targetsForItem } from './deadlines'
import type { DeadlineState } from './board-rows'
import { historyUpTo, isKnownAt } from './items'
import type { Dataset, IsoDate, Item, Position, Side, StatusChange } from './types'

export interface ItemDetail {
  readonly item: Item
  /** Reports up to the date, oldest first. */
  readonly history: readonly StatusChange[]
  /** Reports after the date, left out of `history`. */
  readonly laterReports: number
  readonly positions: Readonly<Record<Side, readonly Position[]>>
  /** Targets already set by the date, earliest due first, with their outcome as of the date. */
  readonly targets: readonly DeadlineState[]
  readonly conflicts: readonly CountConflict[]
  /** Every source the item's record cites by the date, in first-cited order. */
  readonly sourceIds: readonly string[]
}

/** Every source the item's record cites (its reports and positions by `asOf` only, when given). */
export function itemSourceIds(item: Item, asOf?: IsoDate): readonly string[] {
  const ids = new Set(item.sources)
  for (const claim of [...item.history, ...item.positions]) {
    if (asOf === undefined || isKnownAt(claim, asOf)) for (const id of claim.sources) ids.add(id)
  }
  return [...ids]
}

export function positionsBySide(positions: readonly Position[], asOf: IsoDate): Readonly<Record<Side, Position[]>> {
  const sides: Record<Side, Position[]> = { RU: [], BY: [] }
  for (const position of positions) if (isKnownAt(position, asOf)) sides[position.side].push(position)
  return sides
}

export function itemDetail(
  dataset: Pick<Dataset, 'items' | 'targets' | 'counts'>,
  item: Item,
  asOf: IsoDate,
): ItemDetail {
  const history = historyUpTo(item, asOf)
  const targets = targetsForItem(dataset.targets, item.id)
    .filter((target) => isTargetKnownAt(target, asOf))
    .sort(byDue)
    .map((target) => ({ target, state: outcomeAsOf(target, asOf) }))
  return {
    item,
    history,
    laterReports: item.history.length - history.length,
    positions: positionsBySide(item.positions, asOf),
    targets,
    conflicts: countConflictsForItem(item, dataset.items, dataset.counts, asOf),
    sourceIds: itemSourceIds(item, asOf),
  }
}
