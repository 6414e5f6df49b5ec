// The headline chart as files: the key its picture carries (an entry for every kind of mark drawn as it stands,
// and the turning points by number, date and event) and its rows for "Download data", from the same arc, so the
// file holds what the picture shows at the same date.
import { describeClaimValue } from '../../components/charts/claim-value'
import type { HeadlineArc, HeadlineRow } from '../../domain/headline-arc'
import type { FigureKey, KeyEntry } from '../../export/figure-layout'
import type { ChartTable } from '../../export/use-chart-exports'
import type { Lang } from '../../i18n/lang'
import { textIn } from '../../i18n/localized-text'
import { formatFuzzyDate } from '../../lib/format'
import type { OverviewText } from './overview-text'

export function headlineKey(
  arc: HeadlineArc,
  lang: Lang,
  text: OverviewText,
  seriesLabel: (key: string) => string,
): FigureKey {
  const series = arc.series.filter((entry) => entry.points.length > 0)
  const points = series.flatMap((entry) => entry.points)
  const has = (test: boolean, entry: KeyEntry): readonly KeyEntry[] => (test ? [entry] : [])
  const drawn = arc.emptyReason === null
  return {
    entries: [
      ...series.map((entry): KeyEntry => ({
        symbol: { kind: 'mark', shape: entry.spec.shape, token: entry.spec.token, hollow: false },
        label: seriesLabel(entry.spec.key),
      })),
      ...has(
        points.some((point) => point.claim.confidence === 'inferred'),
        { symbol: { kind: 'mark', shape: 'circle', token: '--muted', hollow: true }, label: text.chart.inferredMark },
      ),
      ...has(
        points.some((point) => point.conflict),
        { symbol: { kind: 'ring' }, label: text.chart.conflictMark },
      ),
      ...has(
        series.some((entry) => entry.line.filter((point) => point.y !== null).length > 1),
        {
          symbol: { kind: 'line', token: '--muted', dash: null, width: 2, upright: false },
          label: text.figureKey.stepLine,
        },
      ),
      ...has(arc.markers.length > 0, {
        symbol: { kind: 'line', token: '--muted', dash: '4 3', width: 1.5, upright: true },
        label: text.figureKey.turningPointLine,
      }),
      ...has(drawn, {
        symbol: { kind: 'line', token: '--accent', dash: null, width: 2, upright: true },
        label: text.figureKey.asOfLine,
      }),
    ],
    notesTitle: text.figureKey.turningPointsTitle,
    notes: arc.markers.map((marker) => ({
      number: String(marker.number),
      text: text.figureKey.turningPointNote(formatFuzzyDate(marker.event.date, lang), textIn(marker.event.title, lang)),
    })),
  }
}

/** One row for each figure and each turning point the chart draws, in date order, with its sources. */
export function headlineTable(
  rows: readonly HeadlineRow[],
  lang: Lang,
  seriesLabel: (key: string) => string,
): ChartTable {
  return {
    header: [
      'kind',
      'id',
      'series',
      'series_label',
      'turning_point',
      'date',
      'value',
      'value_high',
      'reported',
      'claimed_by',
      'confidence',
      'disputed',
      'sources',
    ],
    rows: rows.map((row) => {
      if (row.kind === 'figure') {
        const { claim, conflict } = row.point
        return [
          row.kind,
          claim.id,
          row.spec.key,
          seriesLabel(row.spec.key),
          '',
          claim.date.value,
          String(claim.value),
          claim.valueHigh === null ? '' : String(claim.valueHigh),
          describeClaimValue(claim, row.spec.unit, lang),
          textIn(claim.claimant.label, lang),
          claim.confidence,
          conflict ? 'yes' : 'no',
          claim.sources.join(' '),
        ]
      }
      const { event, number } = row.marker
      return [
        row.kind,
        event.id,
        '',
        '',
        String(number),
        event.date.value,
        '',
        '',
        textIn(event.title, lang),
        event.actorLabels.map((label) => textIn(label, lang)).join('; '),
        '',
        '',
        event.sources.join(' '),
      ]
    }),
  }
}
