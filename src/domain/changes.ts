// What changed between two dates, as known on each: item statuses, apart from changes in what is known about
// them; deadlines that fell due; reported totals.
import { latestClaims, type CountQuery } from './counts'
import { isTargetKnownAt, outcomeAsOf, type OutcomeState } from './deadlines'
import { statusAsOf } from './items'
import type { CountClaim, IsoDate, Item, StatusChange, Target } from './types'
import { STATUSES, type Status } from './vocabulary'

/**
 * `status`: the item moved (open → agreed). The others are changes in what is known, not in the item:
 * `became-known` it was newly listed; `stopped-reported` sources stopped naming its status (→ unattributed);
 * `reported-again` they named it again (unattributed → a status).
 */
export type MoveKind = 'status' | 'became-known' | 'stopped-reported' | 'reported-again'

export interface StatusMove {
  readonly item: Item
  readonly from: Status | null
  readonly to: Status
  readonly change: StatusChange
  readonly kind: MoveKind
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
  /** Items whose status changed: every move of kind `status`. */
  readonly statusMoves: readonly StatusMove[]
  /** Changes in what is known about items: every other kind of move. */
  readonly knowledgeMoves: readonly StatusMove[]
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

export function moveKind(from: Status | null, to: Status): MoveKind {
  if (from === null) return 'became-known'
  if (to === 'unattributed') return 'stopped-reported'
  if (from === 'unattributed') return 'reported-again'
  return 'status'
}

/** Whether a target had a due date in force, original or moved to, that passed after `from` and by `to`. */
function fellDueBetween(target: Target, state: OutcomeState, from: IsoDate, to: IsoDate): boolean {
  return [target.due.end, state.due].some((due) => due > from && due <= to)
}

/**
 * What changed between two dates (in either order): item statuses, apart from what became known or stopped being
 * reported; deadlines set by the later date that fell due between the two, with their state on it; the latest
 * reported totals known on each date.
 */
export function changesBetween(
  items: readonly Item[],
  targets: readonly Target[],
  counts: readonly CountClaim[],
  a: IsoDate,
  b: IsoDate,
): Changes {
  const [from, to] = a <= b ? [a, b] : [b, a]
  if (from === to)
    return { statusMoves: [], knowledgeMoves: [], fellDue: [], countDeltas: [], emptyReason: 'same-date' }
  const statusMoves: StatusMove[] = []
  const knowledgeMoves: StatusMove[] = []
  for (const item of items) {
    const before = statusAsOf(item, from)?.status ?? null
    const after = statusAsOf(item, to)
    if (!after || after.status === before) continue
    const move = { item, from: before, to: after.status, change: after, kind: moveKind(before, after.status) }
    if (move.kind === 'status') statusMoves.push(move)
    else knowledgeMoves.push(move)
  }
  const fellDue = targets
    .filter((target) => isTargetKnownAt(target, to))
    .map((target) => ({ target, state: outcomeAsOf(target, to) }))
    .filter(({ target, state }) => fellDueBetween(target, state, from, to))
  const countDeltas = TRACKED_COUNTS.map((query) => ({
    query,
    before: latestClaims(counts, query, from).claims,
    after: latestClaims(counts, query, to).claims,
  })).filter((delta) => delta.after.length > 0 && delta.after.some((claim) => !delta.before.includes(claim)))
  return withEmptyReason({ statusMoves, knowledgeMoves, fellDue, countDeltas, emptyReason: null })
}

/** The changes with `nothing-changed` set when every list is empty (a same-date comparison stays as it is). */
export function withEmptyReason(changes: Changes): Changes {
  if (changes.emptyReason === 'same-date') return changes
  const { statusMoves, knowledgeMoves, fellDue, countDeltas } = changes
  const empty = [statusMoves, knowledgeMoves, fellDue, countDeltas].every((list) => list.length === 0)
  return { ...changes, emptyReason: empty ? 'nothing-changed' : null }
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
