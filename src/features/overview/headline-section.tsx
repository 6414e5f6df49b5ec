// The overview's picture: the 2019 → 2026 arc in reported figures and turning points, each sourced, as known on
// the date. A chosen mark opens its record under the chart, outside the exported image.
import { Suspense, useCallback, useMemo, useRef, useState } from 'react'
import { ChartFrame } from '../../components/chart-frame'
import { describeClaimValue } from '../../components/charts/claim-value'
import { ChartTools } from '../../components/chart-tools'
import { ClaimRecord } from '../../components/claim-record'
import { DataText } from '../../components/data-text'
import { SourceRefs } from '../../components/source-refs'
import { headlineRows, toHeadlineArc, type HeadlineRow } from '../../domain/headline-arc'
import type { ProgressMarker, ProgressPoint } from '../../domain/progress-series'
import { PROGRESS_SPECS } from '../../domain/progress-specs'
import type { FigureRoom } from '../../export/chart-figure'
import { textIn } from '../../i18n/localized-text'
import { formatDay, formatFuzzyDate } from '../../lib/format'
import { usePrinting } from '../../lib/printing'
import { useNearViewport } from '../../lib/use-near-viewport'
import { useAsOf, useDataset } from '../../state/on-screen'
import { useSourceRefs } from '../../state/use-source-refs'
import { useLang } from '../../state/use-t'
import { useChartTools } from '../../export/use-chart-tools'
import { headlineKey, headlineTable } from './headline-export'
import { HeadlineTable } from './headline-table'
import { LazyHeadlineChart } from './lazy-headline-chart'
import { useOverviewText } from './overview-text'
import './overview.css'

/** Every source behind what the chart draws, once each, for its source line and its exported image. */
function sourceIdsOf(rows: readonly HeadlineRow[]): readonly string[] {
  const ids = new Set<string>()
  for (const row of rows)
    for (const id of row.kind === 'figure' ? row.point.claim.sources : row.marker.event.sources) ids.add(id)
  return [...ids]
}

/** The turning points' numbers need this much above the plot, and the plot some room below them. */
const MIN_FIGURE_HEIGHT = 160

const specOf = (key: string) => PROGRESS_SPECS.find((spec) => spec.key === key)

function TurningPointKey({ markers }: { readonly markers: readonly ProgressMarker[] }) {
  const text = useOverviewText()
  const lang = useLang()
  const sourceRefs = useSourceRefs()
  if (markers.length === 0) return null
  return (
    <div className="headline-key">
      <h4 className="headline-key__title">{text.turningPointsHeading}</h4>
      <ol className="headline-key__list">
        {markers.map((marker) => (
          <li key={marker.event.id} value={marker.number}>
            <span className="headline-key__date">{formatFuzzyDate(marker.event.date, lang)}</span>{' '}
            <DataText text={marker.event.title} lang={lang} /> <SourceRefs {...sourceRefs(marker.event.sources)} />
          </li>
        ))}
      </ol>
    </div>
  )
}

export function HeadlineSection() {
  const dataset = useDataset()
  const asOf = useAsOf()
  const lang = useLang()
  const text = useOverviewText()
  const sourceRefs = useSourceRefs()
  const arc = useMemo(() => toHeadlineArc(dataset, asOf), [dataset, asOf])
  const rows = useMemo(() => headlineRows(arc), [arc])
  const sourceIds = useMemo(() => sourceIdsOf(rows), [rows])
  const [openId, setOpenId] = useState<string | null>(null)
  // A mark no longer drawn (an earlier date was chosen) has no record to show.
  const open = rows.find((row) => row.id === openId) ?? null

  const seriesLabel = useCallback((key: string) => specOf(key)?.label[lang] ?? key, [lang])
  const describeMark = useCallback(
    (point: ProgressPoint, key: string) =>
      text.mark(
        seriesLabel(key),
        describeClaimValue(point.claim, specOf(key)?.unit ?? 'count', lang),
        formatFuzzyDate(point.claim.date, lang),
        textIn(point.claim.claimant.label, lang),
        point.conflict,
      ),
    [text, lang, seriesLabel],
  )
  const describeTurningPoint = useCallback(
    (marker: ProgressMarker) =>
      text.turningPoint(marker.number, formatFuzzyDate(marker.event.date, lang), textIn(marker.event.title, lang)),
    [text, lang],
  )
  const formatDate = useCallback((point: ProgressPoint) => formatFuzzyDate(point.claim.date, lang), [lang])
  const describeSource = useCallback(
    (id: string) => {
      const source = dataset.sourcesById.get(id)
      return source ? `${textIn(source.publisher, lang)}: ${textIn(source.title, lang)}` : id
    },
    [dataset, lang],
  )
  const chartProps = useMemo(
    () => ({
      data: arc,
      lang,
      title: text.title,
      labels: text.chart,
      seriesLabel,
      formatDate,
      describeSource,
      describeMark,
      describeTurningPoint,
      onOpen: setOpenId,
    }),
    [arc, lang, text, seriesLabel, formatDate, describeSource, describeMark, describeTurningPoint],
  )
  const exportTarget = useMemo(
    () => ({
      chart: 'headline' as const,
      title: text.title,
      sourceIds,
      key: () => headlineKey(arc, lang, text, seriesLabel),
      prepare: LazyHeadlineChart.preload,
      figure: ({ width, height }: FigureRoom) => (
        <div data-figure-panel="">
          <LazyHeadlineChart
            {...chartProps}
            // On screen the chart is 340 pixels tall.
            size={{ width, height: height === null ? 340 : Math.max(MIN_FIGURE_HEIGHT, height) }}
          />
        </div>
      ),
      table: () => headlineTable(rows, lang, seriesLabel),
    }),
    [chartProps, arc, rows, sourceIds, lang, text, seriesLabel],
  )
  const { nodeId, tools } = useChartTools(exportTarget)
  // The chart (and recharts, its library) is drawn once its place scrolls into view, or for paper: on a phone it
  // lies below the first screen, which then neither waits for nor runs it. Its key and table read meanwhile.
  const place = useRef<HTMLDivElement>(null)
  const inView = useNearViewport(place)
  const printing = usePrinting()
  const draw = inView || printing
  const placeholder = (
    <div className="headline-loading" role="status">
      {text.loading}
    </div>
  )
  const openName =
    open?.kind === 'figure' ? describeMark(open.point, open.spec.key) : open && describeTurningPoint(open.marker)

  return (
    <ChartFrame
      title={text.title}
      stamp={text.stamp(formatDay(asOf, lang))}
      summary={text.summary}
      sources={<SourceRefs {...sourceRefs(sourceIds)} />}
      labels={{ showTable: text.showTable, sources: text.sources }}
      empty={rows.length === 0 ? { message: text.empty } : null}
      controls={<ChartTools {...tools} />}
      chart={
        <div id={nodeId} ref={place}>
          {draw ? (
            <Suspense fallback={placeholder}>
              <LazyHeadlineChart {...chartProps} />
            </Suspense>
          ) : (
            placeholder
          )}
          <TurningPointKey markers={arc.markers} />
        </div>
      }
      footer={
        open && openName ? (
          <ClaimRecord
            recordId={open.id}
            heading={text.recordHeading(openName)}
            closeLabel={text.closeRecord}
            onClose={() => setOpenId(null)}
          >
            <HeadlineTable rows={[open]} caption={openName} seriesLabel={seriesLabel} />
          </ClaimRecord>
        ) : null
      }
      table={<HeadlineTable rows={rows} caption={text.title} seriesLabel={seriesLabel} />}
    />
  )
}
