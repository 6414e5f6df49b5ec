// The key each chart's exported picture carries: an entry for every kind of mark the chart draws as it stands
// (a series with no mark, or a dispute nowhere shown, gets none), the progress chart's numbered events, and the
// status chart's reported totals where the items do not add up to them.
import { describeClaimValue } from '../../components/charts/claim-value'
import type { GanttData, StatusSlice } from '../../domain/chart-series'
import { OUTCOME_META } from '../../domain/outcome'
import type { ProgressData } from '../../domain/progress-series'
import type { ReportedVsKnown } from '../../domain/reported-vs-known'
import { STATUS_META } from '../../domain/status'
import type { IsoDate } from '../../domain/types'
import type { FigureKey, KeyEntry } from '../../export/figure-layout'
import { keyEntryIf, markKeyEntries } from '../../export/mark-key'
import type { Lang } from '../../i18n/lang'
import { textIn } from '../../i18n/localized-text'
import { formatFuzzyDate, formatNumber } from '../../lib/format'
import { REPORTED_TOTAL_TEXT } from '../../lib/reported-total-text'
import type { ChartsText } from './charts-text'

const NO_NOTES = { notesTitle: '', notes: [], remarks: [] } as const

/** A reported total as the status chart's note gives it, its sources by id: the picture has no links. */
function reportedRemark(reported: ReportedVsKnown, lang: Lang): string {
  const text = REPORTED_TOTAL_TEXT[lang]
  const { metric, claims, known, unattributed } = reported
  const totals = claims.map(
    (claim) =>
      `${text.total(describeClaimValue(claim, 'count', lang), metric, textIn(claim.claimant.label, lang))} (${formatFuzzyDate(claim.date, lang)}) [${claim.sources.join(', ')}]`,
  )
  const why = unattributed > 0 ? ` ${text.why(unattributed)}` : ''
  return `${text.heading} ${totals.join(`; ${text.also} `)}. ${text.known(known, metric)}${why}`
}

export function statusKey(
  slices: readonly StatusSlice[],
  reported: readonly ReportedVsKnown[],
  lang: Lang,
  text: ChartsText,
): FigureKey {
  return {
    entries: slices.map((slice) => ({
      symbol: { kind: 'status', status: slice.status },
      label: text.figureKey.count(
        `${STATUS_META[slice.status].icon} ${STATUS_META[slice.status].label[lang]}`,
        formatNumber(slice.count, lang),
      ),
    })),
    ...NO_NOTES,
    remarks: reported.map((entry) => reportedRemark(entry, lang)),
  }
}

export function progressKey(
  panels: readonly ProgressData[],
  lang: Lang,
  text: ChartsText,
  seriesLabel: (key: string) => string,
): FigureKey {
  const drawn = panels.filter((panel) => panel.emptyReason === null)
  const series = drawn.flatMap((panel) => panel.series)
  const points = series.flatMap((entry) => entry.points)
  const markers = drawn[0]?.markers ?? []
  const entries: KeyEntry[] = [
    ...markKeyEntries(series, { ...text.chart, stepLine: text.figureKey.stepLine }, seriesLabel),
    ...keyEntryIf(
      points.some((point) => point.xSpan[1] > 0 || point.ySpan[1] > 0),
      {
        symbol: { kind: 'span', token: '--muted' },
        label: text.figureKey.span,
      },
    ),
    ...keyEntryIf(markers.length > 0, {
      symbol: { kind: 'line', token: '--muted', dash: '4 3', width: 1.5, upright: true },
      label: text.chart.eventLine,
    }),
    ...keyEntryIf(drawn.length > 0, {
      symbol: { kind: 'line', token: '--accent', dash: null, width: 2, upright: true },
      label: text.figureKey.asOfLine,
    }),
  ]
  return {
    entries,
    notesTitle: text.figureKey.eventsTitle,
    notes: markers.map((marker) => ({
      number: String(marker.number),
      text: text.figureKey.eventNote(formatFuzzyDate(marker.event.date, lang), textIn(marker.event.title, lang)),
    })),
    remarks: [],
  }
}

export function topicStatusKey(text: ChartsText): FigureKey {
  return { entries: [{ symbol: { kind: 'shade', token: '--text' }, label: text.figureKey.shade }], ...NO_NOTES }
}

export function deadlineKey(data: GanttData, asOf: IsoDate, today: IsoDate, lang: Lang, text: ChartsText): FigureKey {
  const rows = data.groups.flatMap((group) => group.rows)
  const outcomes = [...new Set(rows.map((row) => row.state.outcome))].sort(
    (a, b) => OUTCOME_META[a].order - OUTCOME_META[b].order,
  )
  return {
    entries: [
      ...outcomes.map((outcome): KeyEntry => ({
        symbol: { kind: 'bar', token: OUTCOME_META[outcome].token, outline: false },
        label: `${OUTCOME_META[outcome].icon} ${OUTCOME_META[outcome].label[lang]}`,
      })),
      ...keyEntryIf(
        rows.some((row) => row.state.outcome === 'overdue'),
        {
          symbol: { kind: 'bar', token: OUTCOME_META.overdue.token, outline: true },
          label: text.figureKey.overdue,
        },
      ),
      ...keyEntryIf(
        rows.some((row) => row.moves.length > 0),
        {
          symbol: { kind: 'line', token: '--outcome-moved', dash: '4 3', width: 2, upright: false },
          label: text.figureKey.moved,
        },
      ),
      ...keyEntryIf(
        rows.some((row) => row.metOn !== null),
        {
          symbol: { kind: 'glyph', glyph: '◆', token: '--outcome-late' },
          label: text.figureKey.metLate,
        },
      ),
      { symbol: { kind: 'line', token: '--text', dash: null, width: 2, upright: true }, label: text.figureKey.today },
      ...keyEntryIf(asOf !== today, {
        symbol: { kind: 'line', token: '--accent', dash: '5 3', width: 2, upright: true },
        label: text.figureKey.asOfLine,
      }),
    ],
    ...NO_NOTES,
  }
}
