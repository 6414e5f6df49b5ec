import { latestClaims, type CountQuery } from './counts'
import { outcomeAsOf, type OutcomeState } from './deadlines'
import { statusAsOf } from './items'
import type { CountClaim, IsoDate, Item, StatusChange, Target } from './types'
import { STATUSES, type Status } from './vocabulary'

export interface StatusMove {
  readonly item: Item
  readonly from: Status | null
  readonly to: Status
  readonly change: StatusChange
}

export interface FellDue {
  readonly target: Target
  readonly state: OutcomeState
}

export interface CountDelta {
  readonly query: CountQuery
  readonly before: readonly CountClaim[]
  readonly after: readonly CountClaim[]
}

export interface Changes {
  readonly statusMoves: readonly StatusMove[]
  readonly fellDue: readonly FellDue[]
  readonly countDeltas: readonly CountDelta[]
  readonly emptyReason: 'same-date' | 'nothing-changed' | null
}

export const TRACKED_COUNTS: readonly CountQuery[] = [
  { subject: 'roadmaps', metric: 'agreed' },
  { subject: 'roadmaps', metric: 'open' },
  { subject: 'programmes', metric: 'agreed' },
  { subject: 'programmes', metric: 'completed' },
  { subject: 'measures', metric: 'percent-done' },
]

/** What changed between two dates (in either order): item statuses, targets that fell due, reported counts. */
export function changesBetween(
  items: readonly Item[],
  targets: readonly Target[],
  counts: readonly CountClaim[],
  a: IsoDate,
  b: IsoDate,
): Changes {
  const [from, to] = a <= b ? [a, b] : [b, a]
  if (from === to) return { statusMoves: [], fellDue: [], countDeltas: [], emptyReason: 'same-date' }
  const statusMoves: StatusMove[] = []
  for (const item of items) {
    const before = statusAsOf(item, from)
    const after = statusAsOf(item, to)
    if (after && after.status !== before?.status) {
      statusMoves.push({ item, from: before?.status ?? null, to: after.status, change: after })
    }
  }
  const fellDue = targets
    .filter((target) => target.due.end > from && target.due.end <= to)
    .map((target) => ({ target, state: outcomeAsOf(target, to) }))
  const countDeltas = TRACKED_COUNTS.map((query) => ({
    query,
    before: latestClaims(counts, query, from).claims,
    after: latestClaims(counts, query, to).claims,
  })).filter((delta) => delta.after.length > 0 && delta.after.some((claim) => !delta.before.includes(claim)))
  const empty = statusMoves.length === 0 && fellDue.length === 0 && countDeltas.length === 0
  return { statusMoves, fellDue, countDeltas, emptyReason: empty ? 'nothing-changed' : null }
}

export interface MoveTally {
  readonly from: Status | null
  readonly to: Status
  readonly count: number
}

const statusRank = (status: Status | null) => (status === null ? -1 : STATUSES.indexOf(status))

/** Status moves counted by kind ("open → agreed": 5), most frequent first: the gist when there are hundreds. */
export function tallyMoves(moves: readonly StatusMove[]): readonly MoveTally[] {
  const counts = new Map<string, MoveTally>()
  for (const { from, to } of moves) {
    const key = `${from ?? ''}>${to}`
    counts.set(key, { from, to, count: (counts.get(key)?.count ?? 0) + 1 })
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || statusRank(a.from) - statusRank(b.from) || statusRank(a.to) - statusRank(b.to),
  )
}
