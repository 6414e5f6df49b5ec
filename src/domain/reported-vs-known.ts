// A reported total beside the item-by-item statuses of the same date. Sources often give totals ("11 of 31
// still open") without naming the items, so the two can differ; both are shown, neither is picked.
import { REPORT_WINDOW_DAYS } from './count-conflicts'
import { latestClaims } from './counts'
import { addDays } from './dates'
import type { CountClaim, IsoDate, ItemSet } from './types'
import type { Status } from './vocabulary'

export type ReportedMetric = 'open' | 'agreed'

export interface ReportedVsKnown {
  readonly metric: ReportedMetric
  /** The latest reported totals for the set (several when reports disagree), made within the report window. */
  readonly claims: readonly CountClaim[]
  /** Items whose own status on the date gives the metric. */
  readonly known: number
  /** Items whose own status is not public on the date: where the difference usually lies. */
  readonly unattributed: number
}

const GIVES: Readonly<Record<ReportedMetric, ReadonlySet<Status>>> = {
  open: new Set(['open']),
  agreed: new Set(['agreed', 'approved', 'completed']),
}

const METRICS: readonly ReportedMetric[] = ['open', 'agreed']

/**
 * For each metric with a recent reported total that the items' own statuses do not add up to, the total and the
 * item count side by side. Empty when every recent total agrees with the items, or none was reported.
 */
export function reportedVsKnown(
  statuses: readonly (Status | null)[],
  counts: readonly CountClaim[],
  set: ItemSet,
  asOf: IsoDate,
): readonly ReportedVsKnown[] {
  const windowStart = addDays(asOf, -REPORT_WINDOW_DAYS)
  const unattributed = statuses.filter((status) => status === 'unattributed').length
  return METRICS.flatMap((metric) => {
    const latest = latestClaims(counts, { subject: set, metric }, asOf)
    if (latest.date === null || latest.date < windowStart) return []
    const known = statuses.filter((status) => status !== null && GIVES[metric].has(status)).length
    const agrees = latest.claims.every((claim) => claim.value === known && claim.valueHigh === null)
    return agrees ? [] : [{ metric, claims: latest.claims, known, unattributed }]
  })
}
