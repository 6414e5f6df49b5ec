import { addDays } from './dates'
import type { IsoDate, OutcomeRecord, Target } from './types'
import type { Outcome } from './vocabulary'

export interface OutcomeState {
  readonly outcome: Outcome
  /** The report behind the outcome; null when nothing was reported yet. */
  readonly record: OutcomeRecord | null
}

/** The sources behind a deadline's outcome: the report's, or the target's own while nothing was reported. */
export function outcomeSources(target: Target, state: OutcomeState): readonly string[] {
  return state.record?.sources ?? target.sources
}

/** Outcomes that can only be judged once the deadline has passed. */
const JUDGED_AFTER_DUE: ReadonlySet<Outcome> = new Set(['missed', 'partly-met', 'late', 'unknown'])

/**
 * The first day an outcome report counts. A deadline cannot be missed (or met late) before it falls due, so a
 * report dated only to the due year or month — "missed, 2022" for a 2022 target — counts from the day after.
 * A report dated to the day (the signing did not happen on 8 Dec) counts from that day.
 */
export function outcomeEffectiveDate(target: Target, record: OutcomeRecord): IsoDate {
  if (record.date.precision === 'day' || !JUDGED_AFTER_DUE.has(record.outcome)) return record.date.start
  const dayAfterDue = addDays(target.due.end, 1)
  return record.date.start > dayAfterDue ? record.date.start : dayAfterDue
}

/**
 * What had become of a target by `asOf`: the latest reported outcome, else pending while it is not yet due,
 * else unknown (due, but no outcome reported by then).
 */
export function outcomeAsOf(target: Target, asOf: IsoDate): OutcomeState {
  let record: OutcomeRecord | null = null
  for (const candidate of target.outcomes) {
    if (outcomeEffectiveDate(target, candidate) > asOf) continue
    record = candidate
  }
  if (record) return { outcome: record.outcome, record }
  return { outcome: asOf <= target.due.end ? 'pending' : 'unknown', record: null }
}

export function isDueBy(target: Target, asOf: IsoDate): boolean {
  return target.due.end <= asOf
}

export function targetsForItem(targets: readonly Target[], itemId: string): readonly Target[] {
  return targets.filter((target) => target.appliesTo.includes(itemId))
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
    if (target.setOn.start > asOf) continue
    if (target.due.end < asOf) {
      if (!last || target.due.end > last.due.end) last = target
    } else if (!next || target.due.end < next.due.end) {
      next = target
    }
  }
  return { last, next }
}
