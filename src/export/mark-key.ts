// The key entries of a chart of reported figures (the progress chart, the overview's headline chart): a mark per
// series with a mark drawn, then the hollow, ringed and step-line entries where the chart draws one.
import type { ProgressSeries } from '../domain/progress-series'
import type { KeyEntry } from './figure-layout'

export interface MarkKeyLabels {
  readonly inferredMark: string
  readonly conflictMark: string
  readonly stepLine: string
}

/** Wraps `entry` in a list when `test` holds: the key lists only what the picture draws. */
export const keyEntryIf = (test: boolean, entry: KeyEntry): readonly KeyEntry[] => (test ? [entry] : [])

export function markKeyEntries(
  drawn: readonly ProgressSeries[],
  labels: MarkKeyLabels,
  seriesLabel: (key: string) => string,
): readonly KeyEntry[] {
  const series = drawn.filter((entry) => entry.points.length > 0)
  const points = series.flatMap((entry) => entry.points)
  return [
    ...series.map((entry): KeyEntry => ({
      symbol: { kind: 'mark', shape: entry.spec.shape, token: entry.spec.token, hollow: false },
      label: seriesLabel(entry.spec.key),
    })),
    ...keyEntryIf(
      points.some((point) => point.claim.confidence === 'inferred'),
      { symbol: { kind: 'mark', shape: 'circle', token: '--muted', hollow: true }, label: labels.inferredMark },
    ),
    ...keyEntryIf(
      points.some((point) => point.conflict),
      { symbol: { kind: 'ring' }, label: labels.conflictMark },
    ),
    ...keyEntryIf(
      series.some((entry) => entry.line.filter((point) => point.y !== null).length > 1),
      { symbol: { kind: 'line', token: '--muted', dash: null, width: 2, upright: false }, label: labels.stepLine },
    ),
  ]
}
