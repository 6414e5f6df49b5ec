import { knownFrom } from './dates'
import type { FuzzyDate, IsoDate, Item, StatusChange } from './types'

/** The latest status report on or before `asOf`; null when the item was not yet listed. */
export function statusAsOf(item: Item, asOf: IsoDate): StatusChange | null {
  let latest: StatusChange | null = null
  // No early exit: history is in date order by its first day, and a report dated to a month becomes known after a
  // later one dated to a day within that month.
  for (const change of item.history) if (isKnownAt(change, asOf)) latest = change
  return latest
}

export function historyUpTo(item: Item, asOf: IsoDate): readonly StatusChange[] {
  return item.history.filter((change) => isKnownAt(change, asOf))
}

export function isTitlePublic(item: Item): boolean {
  return item.titleStatus !== 'not-public'
}

/** Whether a dated record had happened (or been said) by `asOf`: the one test of "known at" for dated records. */
export function isKnownAt(record: { readonly date: FuzzyDate }, asOf: IsoDate): boolean {
  return knownFrom(record.date) <= asOf
}

/** The people who made claims about an item by `asOf` (every claim without one), in first-claim order. */
export function claimantIds(item: Item, asOf?: IsoDate): readonly string[] {
  const ids = new Set<string>()
  for (const claim of [...item.history, ...item.positions]) {
    if (claim.claimant.personId && (asOf === undefined || isKnownAt(claim, asOf))) ids.add(claim.claimant.personId)
  }
  return [...ids]
}
