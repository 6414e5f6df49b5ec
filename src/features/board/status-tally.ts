import { STATUSES, type Status } from '../../domain/vocabulary'

/** How many rows have each status, non-zero only, in vocabulary order: a one-line summary of a group. */
export function statusTally(
  rows: readonly { readonly status: Status }[],
): readonly { status: Status; count: number }[] {
  const counts = new Map<Status, number>()
  for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1)
  return STATUSES.filter((status) => counts.has(status)).map((status) => ({ status, count: counts.get(status) ?? 0 }))
}
