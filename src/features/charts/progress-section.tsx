import { Suspense, useCallback, useMemo, useState } from 'react'
import { textIn } from '../../i18n/localized-text'
import { DataText } from '../../components/data-text'
import { ChartFrame } from '../../components/chart-frame'
import { ClaimRecord } from '../../components/claim-record'
import { ChartTools } from '../../components/chart-tools'
import { SourceRefs } from '../../components/source-refs'
import type { ProgressData, ProgressPoint } from '../../domain/progress-series'
import { PROGRESS_SPECS } from '../../domain/progress-specs'
import { formatFuzzyDate } from '../../lib/format'
import { useDataset } from '../../state/derived'
import { useProgressSeries } from './use-progress-series'
import type { FigureRoom } from '../../export/chart-figure'
import { useSourceRefs } from '../../state/use-source-refs'
import { ANCHORS } from '../../state/view'
import { ChartLoading } from './chart-loading'
import { LazyProgressChart } from './lazy-charts'
import { ProgressTable, progressRows } from './progress-table'
import { progressTable } from './chart-tables'
import { progressKey } from './figure-keys'
import { useChartFrame } from './use-chart-frame'
import { useChartTools } from '../../export/use-chart-tools'

const COUNT_SPECS = PROGRESS_SPECS.filter((spec) => spec.unit === 'count')
const PERCENT_SPECS = PROGRESS_SPECS.filter((spec) => spec.unit === 'percent')

function sourceIdsOf(panels: readonly ProgressData[]): readonly string[] {
  const ids = new Set<string>()
  for (const row of panels.flatMap(progressRows)) for (const id of row.point.claim.sources) ids.add(id)
  return [...ids]
}

/** The reported figures over time, in two panels on one time axis: counts, and percentages of measures done. */
export function ProgressSection() {
  const counts = useProgressSeries(COUNT_SPECS)
  const percents = useProgressSeries(PERCENT_SPECS)
  const dataset = useDataset()
  const { text, lang, stamp, labels } = useChartFrame()
  const sourceRefs = useSourceRefs()
  const seriesLabel = useCallback(
    (key: string) => {
      const spec = PROGRESS_SPECS.find((entry) => entry.key === key)
      return spec ? spec.label[lang] : key
    },
    [lang],
  )
  const formatDate = useCallback((point: ProgressPoint) => formatFuzzyDate(point.claim.date, lang), [lang])
  const describeSource = useCallback(
    (id: string) => {
      const source = dataset.sourcesById.get(id)
      return source ? `${textIn(source.publisher, lang)}: ${textIn(source.title, lang)}` : id
    },
    [dataset, lang],
  )
  const panels = useMemo(() => [counts, percents], [counts, percents])
  const sourceIds = useMemo(() => sourceIdsOf(panels), [panels])
  const [openClaim, setOpenClaim] = useState<string | null>(null)
  // The mark of a claim no longer drawn (another date) has no record to show.
  const openRecord = panels.some((panel) => progressRows(panel).some((row) => row.point.claim.id === openClaim))
    ? openClaim
    : null
  const common = {
    lang,
    labels: text.chart,
    seriesLabel,
    formatDate,
    describeSource,
    emptyMessage: text.emptyNothingReported,
    onOpenClaim: setOpenClaim,
  }
  const exportTarget = useMemo(() => {
    const still = {
      lang,
      labels: text.chart,
      seriesLabel,
      formatDate,
      describeSource,
      emptyMessage: text.emptyNothingReported,
    }
    return {
      chart: 'progress' as const,
      title: text.countsTitle,
      sourceIds,
      key: () => progressKey(panels, lang, text, seriesLabel),
      prepare: LazyProgressChart.preload,
      figure: ({ width, height }: FigureRoom) => {
        // The panels drawn (one has nothing yet at an early date) and the second's caption share the room; on
        // screen each is 300 pixels tall.
        const drawn = [counts, percents].filter((panel) => panel.emptyReason === null).length
        const panelHeight =
          height === null ? 300 : Math.max(120, Math.floor((height - (drawn - 1) * 32) / Math.max(1, drawn)))
        const size = { width, height: panelHeight }
        return (
          <>
            <div data-figure-panel="">
              <LazyProgressChart {...still} data={counts} unit="count" title={text.countsTitle} size={size} />
            </div>
            <div data-figure-panel="" data-figure-caption={text.percentTitle}>
              <LazyProgressChart {...still} data={percents} unit="percent" title={text.percentTitle} size={size} />
            </div>
          </>
        )
      },
      table: () => progressTable(panels, lang, seriesLabel),
    }
  }, [panels, sourceIds, counts, percents, lang, text, seriesLabel, formatDate, describeSource])
  const { nodeId, tools } = useChartTools(exportTarget)
  return (
    <ChartFrame
      anchor={ANCHORS.reportedCounts}
      title={text.countsTitle}
      stamp={stamp}
      summary={text.countsSummary}
      sources={<SourceRefs {...sourceRefs(sourceIds)} />}
      labels={labels}
      empty={counts.emptyReason && percents.emptyReason ? { message: text.emptyNothingReported } : null}
      controls={<ChartTools {...tools} />}
      chart={
        <div id={nodeId}>
          <Suspense fallback={<ChartLoading height={720} />}>
            <LazyProgressChart {...common} data={counts} unit="count" title={text.countsTitle} />
            <h4 className="charts__panel-title">{text.percentTitle}</h4>
            <p className="charts__panel-summary">{text.percentSummary}</p>
            <LazyProgressChart {...common} data={percents} unit="percent" title={text.percentTitle} />
          </Suspense>
        </div>
      }
      footer={
        <>
          {openRecord ? (
            <ProgressRecord
              claimId={openRecord}
              panels={panels}
              seriesLabel={seriesLabel}
              onClose={() => setOpenClaim(null)}
            />
          ) : null}
          <EventKey data={counts} />
        </>
      }
      table={<ProgressTable panels={panels} seriesLabel={seriesLabel} />}
    />
  )
}

function EventKey({ data }: { readonly data: ProgressData }) {
  const { text, lang } = useChartFrame()
  const sourceRefs = useSourceRefs()
  if (data.markers.length === 0) return null
  return (
    <div className="event-key">
      <h4 className="event-key__title">{text.eventsHeading}</h4>
      <ol className="event-key__list">
        {data.markers.map((marker) => (
          <li key={marker.event.id} value={marker.number}>
            <span className="event-key__date">{formatFuzzyDate(marker.event.date, lang)}</span>{' '}
            <DataText text={marker.event.title} lang={lang} /> <SourceRefs {...sourceRefs(marker.event.sources)} />
          </li>
        ))}
      </ol>
    </div>
  )
}

interface ProgressRecordProps {
  readonly claimId: string
  readonly panels: readonly ProgressData[]
  readonly seriesLabel: (key: string) => string
  readonly onClose: () => void
}

/** The record behind a clicked mark: who reported the figure, when, and on what sources (the table holds them all). */
function ProgressRecord({ claimId, panels, seriesLabel, onClose }: ProgressRecordProps) {
  const { text } = useChartFrame()
  return (
    <ClaimRecord
      recordId={claimId}
      heading={text.claimRecord(claimId)}
      closeLabel={text.closeClaimRecord}
      onClose={onClose}
    >
      <ProgressTable panels={panels} seriesLabel={seriesLabel} only={{ claimId, caption: text.claimRecord(claimId) }} />
    </ClaimRecord>
  )
}
