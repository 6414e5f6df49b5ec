import { Suspense, useCallback, useMemo } from 'react'
import { DataTable } from '../../components/charts/data-table'
import { ChartFrame } from '../../components/chart-frame'
import { ChartTools } from '../../components/chart-tools'
import { ReportedTotalNotes } from '../../components/reported-total-note'
import { SourceRefs } from '../../components/source-refs'
import { StatusBadge } from '../../components/status-badge'
import type { StatusSeries, StatusSlice } from '../../domain/chart-series'
import { hasActiveFilters } from '../../domain/filters'
import { STATUS_META } from '../../domain/status'
import type { Status } from '../../domain/vocabulary'
import { formatNumber, formatPercent } from '../../lib/format'
import { REPORTED_TOTAL_TEXT } from '../../lib/reported-total-text'
import { useFilters, useProgrammeContext, useStatusSeries } from '../../state/derived'
import { useSourceRefs } from '../../state/use-source-refs'
import type { Lang } from '../../i18n/lang'
import { useViewStore } from '../../state/view-store'
import { ChartLoading } from './chart-loading'
import type { ChartsText } from './charts-text'
import { LazyStatusBarChart } from './lazy-charts'
import { statusTable } from './chart-tables'
import { statusKey } from './figure-keys'
import { useChartFrame, useShowOnBoard } from './use-chart-frame'
import { useChartTools } from '../../export/use-chart-tools'

function largestFirst(slices: readonly StatusSlice[]): readonly StatusSlice[] {
  return [...slices].sort((a, b) => b.count - a.count)
}

function summarise(series: StatusSeries, noun: string, lang: Lang, text: ChartsText): string {
  const parts = largestFirst(series.slices)
    .map((slice) => {
      const meta = STATUS_META[slice.status]
      return `${formatNumber(slice.count, lang)} ${meta.label[lang].toLowerCase()}`
    })
    .join(', ')
  return text.statusSummary(formatNumber(series.total, lang), noun, parts)
}

function StatusTable({
  series,
  caption,
  lang,
  text,
}: {
  series: StatusSeries
  caption: string
  lang: Lang
  text: ChartsText
}) {
  return (
    <DataTable caption={caption} columns={[text.statusColumn, text.itemsColumn, text.shareColumn]}>
      {series.slices.map((slice) => (
        <tr key={slice.status}>
          <th scope="row">
            <StatusBadge status={slice.status} lang={lang} />
          </th>
          <td>{formatNumber(slice.count, lang)}</td>
          <td>{formatPercent(slice.count / series.total, lang)}</td>
        </tr>
      ))}
    </DataTable>
  )
}

/** The status breakdown of the board's items as of the date; a status click filters the board to it. */
export function StatusBreakdown() {
  const { series, sourceIds } = useStatusSeries()
  const { text, lang, stamp, labels } = useChartFrame()
  const sourceRefs = useSourceRefs()
  const showOnBoard = useShowOnBoard()
  const filters = useFilters()
  const clearFilters = useViewStore((state) => state.clearFilters)
  const { reported } = useProgrammeContext()
  const select = useCallback((status: Status) => showOnBoard({ statuses: [status] }), [showOnBoard])
  const noun = text.setNoun[filters.set]
  const filtered = hasActiveFilters(filters)
  const exportTarget = useMemo(
    () => ({
      chart: 'status' as const,
      title: text.statusTitle,
      sourceIds,
      key: () => statusKey(series.slices, reported, lang, text),
      prepare: LazyStatusBarChart.preload,
      figure: ({ width, height }: { width: number; height: number | null }) => (
        <div data-figure-panel="">
          <LazyStatusBarChart
            slices={series.slices}
            total={series.total}
            lang={lang}
            title={text.statusTitle}
            size={{ width, height: height === null ? 84 : Math.min(height, 160) }}
          />
        </div>
      ),
      table: () => statusTable(series, lang),
    }),
    [series, reported, sourceIds, lang, text],
  )
  const { nodeId, tools } = useChartTools(exportTarget)
  const empty = series.emptyReason
    ? {
        message: filtered ? text.emptyNoMatch : text.emptyNotListed(noun),
        action: filtered ? (
          <button type="button" onClick={clearFilters}>
            {text.clearFilters}
          </button>
        ) : undefined,
      }
    : null
  return (
    <ChartFrame
      title={text.statusTitle}
      stamp={stamp}
      summary={empty ? '' : summarise(series, noun, lang, text)}
      sources={<SourceRefs {...sourceRefs(sourceIds)} />}
      labels={labels}
      empty={empty}
      controls={<ChartTools {...tools} />}
      chart={
        <div id={nodeId}>
          <Suspense fallback={<ChartLoading height={120} />}>
            <LazyStatusBarChart
              slices={series.slices}
              total={series.total}
              lang={lang}
              title={text.statusTitle}
              onSelect={select}
              actionHint={text.showOnBoard}
            />
          </Suspense>
          <ReportedTotalNotes
            reported={reported}
            lang={lang}
            text={REPORTED_TOTAL_TEXT[lang]}
            sourceRefs={sourceRefs}
          />
        </div>
      }
      table={<StatusTable series={series} caption={text.statusTitle} lang={lang} text={text} />}
    />
  )
}
