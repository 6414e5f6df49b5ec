import type { CountClaim, CountMetric, CountSubject, Cycle, IsoDate } from './types'
import { isKnownAt } from './items'

export interface CountQuery {
  readonly subject: CountSubject
  readonly metric: CountMetric
  readonly cycle?: Cycle
}

export function matchesCountQuery(claim: CountClaim, query: CountQuery): boolean {
  return (
    claim.subject === query.subject &&
    claim.metric === query.metric &&
    (query.cycle === undefined || claim.cycle === query.cycle)
  )
}

export interface LatestClaims {
  /** The date of the latest claims on or before asOf, or null if there are none. */
  readonly date: IsoDate | null
  /** Every claim made on that date: more than one means the reports disagree or repeat. */
  readonly claims: readonly CountClaim[]
}

/** The most recent reported figures for a query as of a date. Conflicting claims are all returned. */
export function latestClaims(counts: readonly CountClaim[], query: CountQuery, asOf: IsoDate): LatestClaims {
  let date: IsoDate | null = null
  let claims: CountClaim[] = []
  for (const claim of counts) {
    if (!isKnownAt(claim, asOf) || !matchesCountQuery(claim, query)) continue
    if (date === null || claim.date.start > date) {
      date = claim.date.start
      claims = [claim]
    } else if (claim.date.start === date) {
      claims.push(claim)
    }
  }
  return { date, claims }
}

export function claimsOn(counts: readonly CountClaim[], query: CountQuery, date: IsoDate): readonly CountClaim[] {
  return counts.filter((claim) => claim.date.start === date && matchesCountQuery(claim, query))
}

export function claimsInGroup(counts: readonly CountClaim[], group: string): readonly CountClaim[] {
  return counts.filter((claim) => claim.conflictGroup === group)
}

/** Distinct values a set of claims gives, lowest first: more than one is a conflict to show, never to average. */
export function distinctValues(claims: readonly CountClaim[]): readonly number[] {
  return [...new Set(claims.map((claim) => claim.value))].sort((a, b) => a - b)
}
