// The overview's headline chart: the reported counts of the 2019 → 2026 arc and its turning points, as known on a
// date. Conflicting reports stay side by side (toProgressSeries never averages); nothing dated later is in it.
import { isKnownAt } from './items'
import {
  dayNumber,
  progressYears,
  toProgressSeries,
  type ProgressData,
  type ProgressMarker,
  type ProgressPoint,
} from './progress-series'
import { PROGRESS_SPECS, type ProgressSpec } from './progress-specs'
import { HEADLINE_ARC } from './story'
import type { CountClaim, IsoDate, TimelineEvent } from './types'

/** The arc's figures and its turning points (the markers, numbered in the editorial order). */
export type HeadlineArc = ProgressData

const HEADLINE_SPECS = PROGRESS_SPECS.filter((spec) =>
  (HEADLINE_ARC.seriesKeys as readonly string[]).includes(spec.key),
)

export function toHeadlineArc(
  data: { readonly counts: readonly CountClaim[]; readonly events: readonly TimelineEvent[] },
  asOf: IsoDate,
): HeadlineArc {
  const progress = toProgressSeries(data.counts, [], { specs: HEADLINE_SPECS, asOf, years: progressYears(data.counts) })
  const markers = HEADLINE_ARC.turningPointIds.flatMap((id, index): ProgressMarker[] => {
    const event = data.events.find((entry) => entry.id === id)
    return event && isKnownAt(event, asOf) ? [{ number: index + 1, x: dayNumber(event.date.start), event }] : []
  })
  return { ...progress, markers }
}

/** One row of the chart's table: a plotted figure, or a turning point. */
export type HeadlineRow =
  | { readonly kind: 'figure'; readonly id: string; readonly spec: ProgressSpec; readonly point: ProgressPoint }
  | { readonly kind: 'turning-point'; readonly id: string; readonly marker: ProgressMarker }

const rowDay = (row: HeadlineRow) => (row.kind === 'figure' ? row.point.x : row.marker.x)

/** Everything the chart draws, in date order (a turning point before the figures of its day): its table. */
export function headlineRows(arc: HeadlineArc): readonly HeadlineRow[] {
  const rows: HeadlineRow[] = [
    ...arc.markers.map((marker): HeadlineRow => ({ kind: 'turning-point', id: marker.event.id, marker })),
    ...arc.series.flatMap((series) =>
      series.points.map((point): HeadlineRow => ({ kind: 'figure', id: point.claim.id, spec: series.spec, point })),
    ),
  ]
  return rows.sort((a, b) => rowDay(a) - rowDay(b))
}
