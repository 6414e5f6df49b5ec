import type { IsoDate, Item, ItemSet, StatusChange } from './types'

/** The latest status report on or before `asOf`; null when the item was not yet listed. */
export function statusAsOf(item: Item, asOf: IsoDate): StatusChange | null {
  let latest: StatusChange | null = null
  for (const change of item.history) {
    if (change.date.start > asOf) break
    latest = change
  }
  return latest
}

export function historyUpTo(item: Item, asOf: IsoDate): readonly StatusChange[] {
  return item.history.filter((change) => change.date.start <= asOf)
}

export function itemsInSet(items: readonly Item[], set: ItemSet): readonly Item[] {
  return items.filter((item) => item.set === set)
}

export function isTitlePublic(item: Item): boolean {
  return item.titleStatus !== 'not-public'
}

/** The people who made claims about an item, in first-claim order. */
export function claimantIds(item: Item): readonly string[] {
  const ids = new Set<string>()
  for (const change of item.history) if (change.claimant.personId) ids.add(change.claimant.personId)
  for (const position of item.positions) if (position.claimant.personId) ids.add(position.claimant.personId)
  return [...ids]
}
