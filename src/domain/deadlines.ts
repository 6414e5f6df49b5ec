// What became of a deadline by a date: its known outcome chain, the state that chain gives, and how overdue it is.
// The one home of the deadline rules; board, charts, overview, deck and exports all read them from here.
import { addDays, daysBetween, knownFrom } from './dates'
import type { IsoDate, ItemSet, OutcomeRecord, Target } from './types'
import type { DeadlineStatus, Outcome } from './vocabulary'

export interface OutcomeState {
  readonly outcome: DeadlineStatus
  /** The report the state rests on: the latest decisive step, else the latest step; null while nothing is known. */
  readonly record: OutcomeRecord | null
  /** Every outcome reported by the date, oldest first: missed → moved → superseded → met late… */
  readonly chain: readonly OutcomeRecord[]
  /** The due date in force: the original one, or the last date it was moved to by then. */
  readonly due: IsoDate
  /** Days past `due` with no result reported; null unless overdue. */
  readonly daysOverdue: number | null
}

/** The sources behind a deadline's outcome: the report's, or the target's own while nothing was reported. */
export function outcomeSources(target: Target, state: OutcomeState): readonly string[] {
  return state.record?.sources ?? target.sources
}

/** Outcomes that can only be judged once the deadline has passed. */
const JUDGED_AFTER_DUE: ReadonlySet<Outcome> = new Set(['missed', 'partly-met', 'late', 'unknown'])

/** Outcomes that settle what became of a deadline; `pending` and `unknown` reports only say nothing is settled. */
const DECISIVE: ReadonlySet<Outcome> = new Set(['met', 'late', 'partly-met', 'missed', 'moved', 'superseded'])

/**
 * The first day an outcome report counts: once its date is past (`knownFrom`). A deadline cannot be missed (or met
 * late) before it falls due, so a report dated only to the due year or month — "missed, 2022" for a 2022 target —
 * counts from the day after. A report dated to the day (the signing did not happen on 8 Dec) counts from that day.
 */
export function outcomeEffectiveDate(target: Target, record: OutcomeRecord): IsoDate {
  const known = knownFrom(record.date)
  if (record.date.precision === 'day' || !JUDGED_AFTER_DUE.has(record.outcome)) return known
  const dayAfterDue = addDays(target.due.end, 1)
  return known > dayAfterDue ? known : dayAfterDue
}

/** The outcome reports known by `asOf`, oldest first. */
export function knownOutcomes(target: Target, asOf: IsoDate): readonly OutcomeRecord[] {
  return target.outcomes.filter((record) => outcomeEffectiveDate(target, record) <= asOf)
}

/**
 * What had become of a target by `asOf`. The latest decisive report decides (a later "still in progress" report
 * does not undo a miss). A move re-arms the deadline at its new date. With nothing decisive, the deadline is
 * pending until it falls due and overdue after: never pending once past due.
 */
export function outcomeAsOf(target: Target, asOf: IsoDate): OutcomeState {
  const chain = knownOutcomes(target, asOf)
  let due = target.due.end
  let decisive: OutcomeRecord | null = null
  for (const record of chain) {
    if (record.outcome === 'moved' && record.movedTo) due = record.movedTo.end
    if (DECISIVE.has(record.outcome)) decisive = record
  }
  const record = decisive ?? chain[chain.length - 1] ?? null
  if (decisive && decisive.outcome !== 'moved') {
    return { outcome: decisive.outcome as DeadlineStatus, record, chain, due, daysOverdue: null }
  }
  // A move to a date nobody gave leaves the deadline open-ended, not overdue.
  const openEnded = decisive?.outcome === 'moved' && decisive.movedTo === null
  if (asOf <= due || openEnded)
    return { outcome: decisive ? 'moved' : 'pending', record, chain, due, daysOverdue: null }
  return { outcome: 'overdue', record, chain, due, daysOverdue: daysBetween(due, asOf) }
}

/** Whether the target had been set by `asOf`: before that it is no deadline anyone knew of. */
export function isTargetKnownAt(target: Target, asOf: IsoDate): boolean {
  return knownFrom(target.setOn) <= asOf
}

/** A target that names no item binds the whole programme of its cycle (data/README). */
export function isProgrammeWide(target: Target): boolean {
  return target.appliesTo.length === 0
}

/** The item set a target's programme is made of. */
export function programmeSetOf(target: Target): ItemSet {
  return target.cycle === '2019-roadmaps' ? 'roadmaps' : 'programmes'
}

/** The item's own deadlines: those that name it, not those that bind its whole programme. */
export function targetsForItem(targets: readonly Target[], itemId: string): readonly Target[] {
  return targets.filter((target) => target.appliesTo.includes(itemId))
}

/** Deadlines binding the whole programme of a set, known by `asOf`, earliest due first. */
export function programmeDeadlines(targets: readonly Target[], set: ItemSet, asOf: IsoDate): readonly Target[] {
  return targets
    .filter((target) => isProgrammeWide(target) && programmeSetOf(target) === set && isTargetKnownAt(target, asOf))
    .sort(byDue)
}

export function byDue(a: Target, b: Target): number {
  return a.due.end < b.due.end ? -1 : a.due.end > b.due.end ? 1 : 0
}

export interface DeadlinePair {
  readonly last: Target | null
  readonly next: Target | null
}

/** The latest deadline already passed and the earliest still ahead on `asOf`. */
export function surroundingDeadlines(targets: readonly Target[], asOf: IsoDate): DeadlinePair {
  let last: Target | null = null
  let next: Target | null = null
  for (const target of targets) {
    if (!isTargetKnownAt(target, asOf)) continue
    if (target.due.end < asOf) {
      if (!last || target.due.end > last.due.end) last = target
    } else if (!next || target.due.end < next.due.end) {
      next = target
    }
  }
  return { last, next }
}
