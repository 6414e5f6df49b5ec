// The overview's headline chart: the reported counts of the 2019 → 2026 arc and its turning points, as known on a
// date. Conflicting reports stay side by side (toProgressSeries never averages); nothing dated later is in it.
import { isKnownAt } from './items'
import { dayNumber, progressYears, toProgressSeries, type ProgressData, type ProgressMarker } from './progress-series'
import { PROGRESS_SPECS } from './progress-specs'
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
