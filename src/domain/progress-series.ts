// The reported counts over time. Every claim stays its own point with its claimant and sources; claims that
// disagree are all kept (never averaged), and the connecting step line breaks where they disagree.
import { claimsInGroup, distinctValues, matchesCountQuery } from './counts'
import { daysBetween } from './dates'
import type { ProgressSpec } from './progress-specs'
import type { CountClaim, IsoDate, TimelineEvent } from './types'
import { isKnownAt } from './items'

const EPOCH = '1970-01-01'

/** A day as a number, for a linear time axis. */
export function dayNumber(date: IsoDate): number {
  return daysBetween(EPOCH, date)
}

export interface ProgressPoint {
  readonly claim: CountClaim
  readonly x: number
  readonly y: number
  /** How far a month- or year-precise date reaches past x, as [0, days]. */
  readonly xSpan: readonly [number, number]
  /** How far a range ("6–7") reaches above y, as [0, amount]. */
  readonly ySpan: readonly [number, number]
  /** Another report gives a different figure for the same thing: shown side by side, never resolved. */
  readonly conflict: boolean
}

/** The step line: day-precise claims in date order; y null breaks the line. */
export interface LinePoint {
  readonly x: number
  readonly y: number | null
}

export interface ProgressSeries {
  readonly spec: ProgressSpec
  readonly points: readonly ProgressPoint[]
  readonly line: readonly LinePoint[]
}

export interface ProgressMarker {
  /** 1-based, counted over the whole range so a marker keeps its number while the date moves. */
  readonly number: number
  readonly x: number
  readonly event: TimelineEvent
}

/** Markers close enough to share one label on the chart ("2–5"). */
export interface MarkerCluster {
  readonly x: number
  readonly label: string
  readonly markers: readonly ProgressMarker[]
}

export interface ProgressData {
  readonly series: readonly ProgressSeries[]
  readonly markers: readonly ProgressMarker[]
  /** The time axis: from the first report to just past the as-of date, so the chart zooms as the date moves. */
  readonly domain: readonly [number, number]
  /** 1 January of each year, or the first day of each quarter when the axis spans three years or less. */
  readonly ticks: readonly number[]
  readonly tickUnit: 'year' | 'quarter'
  readonly asOfX: number
  readonly emptyReason: 'nothing-reported' | null
}

export interface ProgressOptions {
  readonly specs: readonly ProgressSpec[]
  readonly asOf: IsoDate
  /** The years whose milestones are marked, inclusive; the axis never runs past them. */
  readonly years: { readonly from: number; readonly to: number }
}

function isConflict(claim: CountClaim, sameDay: readonly CountClaim[], counts: readonly CountClaim[]): boolean {
  if (distinctValues(sameDay).length > 1) return true
  return claim.conflictGroup !== null && distinctValues(claimsInGroup(counts, claim.conflictGroup)).length > 1
}

function toPoint(claim: CountClaim, sameDay: readonly CountClaim[], counts: readonly CountClaim[]): ProgressPoint {
  const x = dayNumber(claim.date.start)
  return {
    claim,
    x,
    y: claim.value,
    xSpan: [0, dayNumber(claim.date.end) - x],
    ySpan: [0, claim.valueHigh === null ? 0 : claim.valueHigh - claim.value],
    conflict: isConflict(claim, sameDay, counts),
  }
}

/** Day-precise points as a step line; a day with disagreeing claims ends the previous run there and breaks it. */
function stepLine(points: readonly ProgressPoint[]): readonly LinePoint[] {
  const line: LinePoint[] = []
  const days = new Map<number, ProgressPoint[]>()
  for (const point of points) {
    if (point.claim.date.precision !== 'day') continue
    days.set(point.x, [...(days.get(point.x) ?? []), point])
  }
  let previous: number | null = null
  for (const [x, dayPoints] of days) {
    const values = new Set(dayPoints.map((point) => point.y))
    const [first] = dayPoints
    if (values.size === 1 && first) {
      line.push({ x, y: first.y })
      previous = first.y
    } else {
      if (previous !== null) line.push({ x, y: previous })
      line.push({ x, y: null })
      previous = null
    }
  }
  return withoutLonePoints(line)
}

/** A run of one point draws no line (its mark is already there), so it is dropped with its break. */
function withoutLonePoints(line: readonly LinePoint[]): readonly LinePoint[] {
  return line.filter((point, index) => {
    if (point.y === null) return index > 0 && line[index - 1]?.y !== null
    const before = line[index - 1]
    const after = line[index + 1]
    return (before !== undefined && before.y !== null) || (after !== undefined && after.y !== null)
  })
}

/**
 * Markers that would crowd one another share one label ("2–5"): each label stands at its first marker, and the
 * next label starts at least `gap` (in days) further on. The caller picks the gap from the drawn width.
 */
export function clusterMarkers(markers: readonly ProgressMarker[], gap: number): readonly MarkerCluster[] {
  const clusters: ProgressMarker[][] = []
  for (const marker of markers) {
    const current = clusters[clusters.length - 1]
    const first = current?.[0]
    if (current && first && marker.x - first.x < gap) current.push(marker)
    else clusters.push([marker])
  }
  return clusters.flatMap((group) => {
    const [first] = group
    const last = group[group.length - 1]
    if (!first || !last) return []
    const label = first === last ? String(first.number) : `${first.number}–${last.number}`
    return [{ x: first.x, label, markers: group }]
  })
}

const QUARTERS_FOR_YEAR_TICKS = 12

function quarterStart(date: IsoDate): IsoDate {
  const month = Number(date.slice(5, 7))
  return `${date.slice(0, 4)}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`
}

function nextQuarter(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4))
  const month = Number(date.slice(5, 7)) + 3
  return month > 12
    ? `${year + 1}-${String(month - 12).padStart(2, '0')}-01`
    : `${year}-${String(month).padStart(2, '0')}-01`
}

/** Quarter ticks from the first report's quarter to the quarter after `end`; whole years past three years. */
function timeAxis(first: IsoDate, end: IsoDate): Pick<ProgressData, 'domain' | 'ticks' | 'tickUnit'> {
  const stop = nextQuarter(quarterStart(end))
  let last = quarterStart(first)
  const quarters: IsoDate[] = [last]
  while (last < stop || quarters.length < 3) {
    last = nextQuarter(last)
    quarters.push(last)
  }
  if (quarters.length - 1 <= QUARTERS_FOR_YEAR_TICKS) {
    const ticks = quarters.map(dayNumber)
    return { domain: [ticks[0] ?? 0, ticks[ticks.length - 1] ?? 0], ticks, tickUnit: 'quarter' }
  }
  const firstYear = Number(first.slice(0, 4))
  const lastYear = Number(end.slice(0, 4)) + 1
  const ticks = Array.from({ length: lastYear - firstYear + 1 }, (_, index) => dayNumber(`${firstYear + index}-01-01`))
  return { domain: [ticks[0] ?? 0, ticks[ticks.length - 1] ?? 0], ticks, tickUnit: 'year' }
}

/** One series per spec of the claims reported by `asOf`, and the milestone events in range as numbered markers. */
export function toProgressSeries(
  counts: readonly CountClaim[],
  events: readonly TimelineEvent[],
  options: ProgressOptions,
): ProgressData {
  const from = `${options.years.from}-01-01`
  const to = `${options.years.to}-12-31`
  const known = counts.filter((claim) => isKnownAt(claim, options.asOf))
  const series = options.specs.map((spec) => {
    const claims = known
      .filter((claim) => matchesCountQuery(claim, spec.query))
      .sort((a, b) => (a.date.start === b.date.start ? a.value - b.value : a.date.start < b.date.start ? -1 : 1))
    const points = claims.map((claim) =>
      toPoint(
        claim,
        claims.filter((other) => other.date.start === claim.date.start && other.date.precision === 'day'),
        counts,
      ),
    )
    return { spec, points, line: stepLine(points) }
  })
  const milestones = events.filter((event) => event.milestone && event.date.start >= from && event.date.start <= to)
  const markers = milestones
    .map((event, index) => ({ number: index + 1, x: dayNumber(event.date.start), event }))
    .filter((marker) => isKnownAt(marker.event, options.asOf))
  const firstReport = counts.find((claim) => claim.date.start >= from)?.date.start ?? from
  const firstMilestone = milestones[0]?.date.start ?? firstReport
  const axis = timeAxis(
    firstReport < firstMilestone ? firstReport : firstMilestone,
    options.asOf < to ? options.asOf : to,
  )
  const empty = series.every((entry) => entry.points.length === 0)
  return {
    series,
    markers,
    ...axis,
    asOfX: dayNumber(options.asOf),
    emptyReason: empty ? 'nothing-reported' : null,
  }
}

/** The years the counts span (counts are sorted by date): the progress charts' axis. */
export function progressYears(counts: readonly CountClaim[]): ProgressOptions['years'] {
  const first = counts[0]?.date.start ?? '2019-01-01'
  const last = counts[counts.length - 1]?.date.end ?? first
  return { from: Number(first.slice(0, 4)), to: Number(last.slice(0, 4)) }
}
