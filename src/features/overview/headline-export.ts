// The headline chart as files: the key its picture carries (an entry for every kind of mark drawn as it stands,
// and the turning points by number, date and event) and its rows for "Download data", from the same arc, so the
// file holds what the picture shows at the same date.
import { describeClaimValue } from '../../components/charts/claim-value'
import type { HeadlineArc, HeadlineRow } from '../../domain/headline-arc'
import { CLAIM_COLUMNS, claimCells } from '../../export/claim-cells'
import type { FigureKey } from '../../export/figure-layout'
import { keyEntryIf, markKeyEntries } from '../../export/mark-key'
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
  const drawn = arc.emptyReason === null
  return {
    entries: [
      ...markKeyEntries(arc.series, { ...text.chart, stepLine: text.figureKey.stepLine }, seriesLabel),
      ...keyEntryIf(arc.markers.length > 0, {
        symbol: { kind: 'line', token: '--muted', dash: '4 3', width: 1.5, upright: true },
        label: text.figureKey.turningPointLine,
      }),
      ...keyEntryIf(drawn, {
        symbol: { kind: 'line', token: '--accent', dash: null, width: 2, upright: true },
        label: text.figureKey.asOfLine,
      }),
    ],
    notesTitle: text.figureKey.turningPointsTitle,
    notes: arc.markers.map((marker) => ({
      number: String(marker.number),
      text: text.figureKey.turningPointNote(formatFuzzyDate(marker.event.date, lang), textIn(marker.event.title, lang)),
    })),
    remarks: [],
  }
}

/** One row for each figure and each turning point the chart draws, in date order, with its sources. */
export function headlineTable(
  rows: readonly HeadlineRow[],
  lang: Lang,
  seriesLabel: (key: string) => string,
): ChartTable {
  return {
    header: ['kind', 'id', 'series', 'series_label', 'turning_point', ...CLAIM_COLUMNS],
    rows: rows.map((row) => {
      if (row.kind === 'figure') {
        const { claim } = row.point
        const reported = describeClaimValue(claim, row.spec.unit, lang)
        return [
          row.kind,
          claim.id,
          row.spec.key,
          seriesLabel(row.spec.key),
          '',
          ...claimCells(row.point, reported, lang),
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
