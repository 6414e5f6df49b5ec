// Count claims that cannot be squared with an item's own reports. Example: on 25 Dec 2019 Krutoy named the tax,
// oil and gas roadmaps as still open, while Peskov said all but one of the 31 were agreed. Neither is picked:
// the detail shows the item's report and the contradicting claim side by side, each with its sources.
import { addDays, knownFrom } from './dates'
import type { CountClaim, FuzzyDate, IsoDate, Item, StatusChange } from './types'
import type { Status } from './vocabulary'
import { isKnownAt } from './items'

/** How far back an item's report still counts as current when set against a count claim. */
export const REPORT_WINDOW_DAYS = 31

export type Reading = 'open' | 'agreed'

export interface CountConflict {
  readonly claim: CountClaim
  /** The item's report that the claim contradicts. */
  readonly change: StatusChange
  readonly reading: Reading
  /** Items of the set with a current report of that reading when the claim was made (this one included). */
  readonly reported: number
  /** The most the claim leaves room for. */
  readonly allowed: number
}

const READING: Partial<Record<Status, Reading>> = {
  open: 'open',
  agreed: 'agreed',
  approved: 'agreed',
  completed: 'agreed',
}

/** The item's latest report made in the window before a claim (and by asOf), if there is one. */
export function currentReport(
  item: Item,
  claimDate: FuzzyDate,
  asOf: IsoDate,
  windowDays: number,
): StatusChange | null {
  const until = claimDate.end < asOf ? claimDate.end : asOf
  const since = addDays(claimDate.start, -windowDays)
  let latest: StatusChange | null = null
  for (const change of item.history) {
    if (change.date.start > until) break
    if (knownFrom(change.date) <= asOf) latest = change
  }
  return latest && latest.date.end >= since ? latest : null
}

/**
 * The most items a claim allows to have a reading, or null when it sets no upper bound (approximate figures,
 * lower bounds on the same reading, or a share with no total).
 */
export function allowedBy(claim: CountClaim, reading: Reading): number | null {
  const exact = claim.qualifier === 'exact'
  const bound = exact || claim.qualifier === 'at-least' || claim.qualifier === 'more-than'
  const high = claim.valueHigh ?? claim.value
  if (claim.metric === reading) return exact ? Math.floor(high) : null
  const other = reading === 'open' ? 'agreed' : 'open'
  if (claim.metric !== other || !bound || claim.of === null) return null
  // A half-agreed map is not agreed, so 28.5 of 30 agreed leaves room for 2 open.
  return Math.ceil(claim.of - claim.value)
}

/** Count claims about the item's set, made by asOf, that leave no room for what the item's reports say. */
export function countConflictsForItem(
  item: Item,
  items: readonly Item[],
  counts: readonly CountClaim[],
  asOf: IsoDate,
  windowDays = REPORT_WINDOW_DAYS,
): readonly CountConflict[] {
  const siblings = items.filter((other) => other.set === item.set)
  const conflicts: CountConflict[] = []
  for (const claim of counts) {
    if (!isKnownAt(claim, asOf) || claim.subject !== item.set) continue
    const change = currentReport(item, claim.date, asOf, windowDays)
    const reading = change ? READING[change.status] : undefined
    if (!change || !reading) continue
    const allowed = allowedBy(claim, reading)
    if (allowed === null) continue
    let reported = 0
    for (const other of siblings) {
      const report = currentReport(other, claim.date, asOf, windowDays)
      if (report && READING[report.status] === reading) reported++
    }
    if (reported > allowed) conflicts.push({ claim, change, reading, reported, allowed })
  }
  return conflicts
}

export interface ConflictGroup {
  /** One report about the item... */
  readonly change: StatusChange
  /** ...and every count claim it cannot be squared with, oldest first. */
  readonly conflicts: readonly CountConflict[]
}

/** Conflicts gathered under the item report they contradict, so each report is shown once. */
export function groupByReport(conflicts: readonly CountConflict[]): readonly ConflictGroup[] {
  const groups = new Map<StatusChange, CountConflict[]>()
  for (const conflict of conflicts) {
    const group = groups.get(conflict.change)
    if (group) group.push(conflict)
    else groups.set(conflict.change, [conflict])
  }
  return [...groups.entries()].map(([change, grouped]) => ({ change, conflicts: grouped }))
}
