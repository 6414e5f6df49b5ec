// One row of the status board: the item, the report behind its status on the chosen date, and the deadlines
// around that date. Built from the filtered facts (filters.ts) that every view reads, so they agree on what matches.
import { outcomeAsOf, surroundingDeadlines, type OutcomeState } from './deadlines'
import { isTitlePublic, statusAsOf } from './items'
import { contradictionsKnownAt } from './contradictions'
import type { Dataset, IsoDate, Item, ItemSet, StatusChange, Target } from './types'
import { compareStatus } from './status'
import type { Status } from './vocabulary'

export interface DeadlineState {
  readonly target: Target
  readonly state: OutcomeState
}

export interface BoardRow {
  readonly item: Item
  readonly status: Status
  /** The report the status rests on: its date is the row's "last change". */
  readonly change: StatusChange
  /** Records the data holds that contradict that report, known by the date (ids). */
  readonly contradictedBy: readonly string[]
  /** The latest deadline already passed on the date, with what had become of it by then. */
  readonly last: DeadlineState | null
  /** The earliest deadline still ahead on the date. */
  readonly next: DeadlineState | null
}

/** Targets per item id. Built once per dataset, so a row never scans every target. */
export function indexTargetsByItem(targets: readonly Target[]): ReadonlyMap<string, readonly Target[]> {
  const index = new Map<string, Target[]>()
  for (const target of targets) {
    for (const itemId of target.appliesTo) {
      const list = index.get(itemId)
      if (list) list.push(target)
      else index.set(itemId, [target])
    }
  }
  return index
}

const NO_TARGETS: readonly Target[] = []

export function toBoardRow(
  item: Item,
  dataset: Pick<Dataset, 'counts' | 'events' | 'targetsById'>,
  targetsByItem: ReadonlyMap<string, readonly Target[]>,
  asOf: IsoDate,
): BoardRow | null {
  const change = statusAsOf(item, asOf)
  if (!change) return null
  const { last, next } = surroundingDeadlines(targetsByItem.get(item.id) ?? NO_TARGETS, asOf)
  return {
    item,
    status: change.status,
    change,
    contradictedBy: change.contradicts.length > 0 ? contradictionsKnownAt(change, dataset, asOf) : [],
    last: last ? { target: last, state: outcomeAsOf(last, asOf) } : null,
    next: next ? { target: next, state: outcomeAsOf(next, asOf) } : null,
  }
}

export interface TitledRows {
  /** Rows whose title (or working title) is public. */
  readonly titled: readonly BoardRow[]
  /** Rows whose title was never published: shown together, by tracker id, with their count. */
  readonly untitled: readonly BoardRow[]
}

/** Splits rows by whether the title is public, keeping each part in the given order. */
export function splitByTitle(rows: readonly BoardRow[]): TitledRows {
  const titled: BoardRow[] = []
  const untitled: BoardRow[] = []
  for (const row of rows) (isTitlePublic(row.item) ? titled : untitled).push(row)
  return { titled, untitled }
}

export interface StatusColumn extends TitledRows {
  readonly status: Status
}

/** Rows in one column per status (vocabulary order, empty columns left out), each split by title. */
export function columnsByStatus(rows: readonly BoardRow[]): readonly StatusColumn[] {
  const byStatus = new Map<Status, BoardRow[]>()
  for (const row of rows) {
    const list = byStatus.get(row.status)
    if (list) list.push(row)
    else byStatus.set(row.status, [row])
  }
  return [...byStatus.entries()]
    .sort(([a], [b]) => compareStatus(a, b))
    .map(([status, statusRows]) => ({ status, ...splitByTitle(statusRows) }))
}

/** The date a set's first item was listed, for saying when a set that is empty on a date begins. */
export function firstListed(items: readonly Item[], set: ItemSet): IsoDate | null {
  let first: IsoDate | null = null
  for (const item of items) {
    const start = item.set === set ? item.history[0]?.date.start : undefined
    if (start !== undefined && (first === null || start < first)) first = start
  }
  return first
}

export type BoardEmptyReason = 'not-yet-listed' | 'no-match' | null

export function boardEmptyReason(listed: number, shown: number): BoardEmptyReason {
  if (shown > 0) return null
  return listed === 0 ? 'not-yet-listed' : 'no-match'
}
