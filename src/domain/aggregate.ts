import { compareStatus } from './status'
import type { ItemFacts } from './filters'
import type { Status } from './vocabulary'
import { STATUSES } from './vocabulary'

export type StatusCounts = Readonly<Record<Status, number>>

export function countByStatus(rows: readonly ItemFacts[]): StatusCounts {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>
  for (const row of rows) if (row.status) counts[row.status]++
  return counts
}

export interface StatusGroup {
  readonly status: Status
  readonly rows: readonly ItemFacts[]
}

/** Rows grouped by status in the vocabulary's order, empty groups left out. */
export function groupByStatus(rows: readonly ItemFacts[]): readonly StatusGroup[] {
  const groups = new Map<Status, ItemFacts[]>()
  for (const row of rows) {
    if (!row.status) continue
    const group = groups.get(row.status) ?? []
    group.push(row)
    groups.set(row.status, group)
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareStatus(a, b))
    .map(([status, groupRows]) => ({ status, rows: groupRows }))
}
