// Reported figures over time: every claim a mark (shape and colour per series, hollow when inferred, ringed when
// disputed), a step line where the reports agree, and numbered lines for milestone events. Loaded lazily.
import { useMemo } from 'react'
import { ComposedChart, ResponsiveContainer, Tooltip, YAxis, CartesianGrid, usePlotArea } from 'recharts'
import { clusterMarkers, type ProgressData, type ProgressPoint } from '../../domain/progress-series'
import type { ProgressUnit } from '../../domain/progress-specs'
import type { Lang } from '../../i18n/lang'
import { formatMonth } from '../../lib/format'
import {
  ClaimTooltip,
  eventLines,
  markRenderer,
  ProgressLegend,
  stepSeries,
  timeAxis,
  type ProgressChartLabels,
} from './progress-chart-parts'
import './charts.css'

export interface ProgressChartProps {
  readonly data: ProgressData
  readonly unit: ProgressUnit
  readonly lang: Lang
  /** The chart's accessible title. */
  readonly title: string
  readonly labels: ProgressChartLabels
  /** Series label in the interface language. */
  readonly seriesLabel: (key: string) => string
  /** A date as the reader should see it (fuzzy precision kept). */
  readonly formatDate: (point: ProgressPoint) => string
  /** "Publisher: title" for a source id, for the tooltip. */
  readonly describeSource: (id: string) => string
  /** Shown instead of an empty plot when no series has a point yet. */
  readonly emptyMessage: string
  /** A click on a mark: the claim it draws, to show its record (claimant, note, sources). */
  readonly onOpenClaim?: (claimId: string) => void
  /**
   * Drawn once at this size for an exported picture: no animation, tooltip or legend (the picture draws its own
   * key), and no controls.
   */
  readonly size?: { readonly width: number; readonly height: number }
}

const isoOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10)

function tickFormatter(unit: ProgressData['tickUnit'], lang: Lang) {
  return (day: number) => (unit === 'year' ? isoOf(day).slice(0, 4) : formatMonth(isoOf(day), lang))
}

/** Labels closer than this (in pixels) would overlap, so their markers share one label. */
const LABEL_GAP_PX = 40

/** Numbers over the event lines, merged ("2–6") where the drawn width is too narrow to tell them apart. */
function MarkerLabels({ markers, domain }: Pick<ProgressData, 'markers' | 'domain'>) {
  const plot = usePlotArea()
  if (!plot || plot.width <= 0) return null
  const daysPerPixel = (domain[1] - domain[0]) / plot.width
  return (
    <g className="marker-labels" aria-hidden="true">
      {clusterMarkers(markers, LABEL_GAP_PX * daysPerPixel).map((cluster) => (
        <text
          key={cluster.label}
          x={plot.x + (cluster.x - domain[0]) / daysPerPixel}
          y={plot.y - 8}
          textAnchor="middle"
          fill="var(--text)"
          fontSize={12}
          fontWeight={600}
        >
          {cluster.label}
        </text>
      ))}
    </g>
  )
}

function claimLabels(data: ProgressData, seriesLabel: (key: string) => string): ReadonlyMap<string, string> {
  return new Map(
    data.series.flatMap((series) => series.points.map((point) => [point.claim.id, seriesLabel(series.spec.key)])),
  )
}

export function ProgressChart(props: ProgressChartProps) {
  const { data, unit, title, labels, seriesLabel, size } = props
  const labelOf = useMemo(() => claimLabels(data, seriesLabel), [data, seriesLabel])
  if (data.emptyReason) return <p className="chart-empty">{props.emptyMessage}</p>
  const interactive = size === undefined
  const chart = (
    <ComposedChart
      margin={{ top: 28, right: 16, bottom: 4, left: 0 }}
      title={title}
      accessibilityLayer={interactive}
      {...size}
    >
      <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" vertical={false} />
      {timeAxis(data, tickFormatter(data.tickUnit, props.lang))}
      <YAxis
        type="number"
        dataKey="y"
        domain={unit === 'percent' ? [0, 100] : [0, 'auto']}
        allowDecimals={false}
        width={unit === 'percent' ? 44 : 36}
        tickFormatter={(value: number) => (unit === 'percent' ? `${value}%` : String(value))}
        tick={{ fill: 'var(--muted)', fontSize: 12 }}
        stroke="var(--border)"
      />
      {eventLines(data, labels.asOf)}
      <MarkerLabels markers={data.markers} domain={data.domain} />
      {stepSeries(data.series, {
        seriesLabel,
        shape: (series) => markRenderer(series.spec.shape, `var(${series.spec.token})`),
        animate: interactive ? 'auto' : false,
        cursor: props.onOpenClaim && interactive ? 'pointer' : undefined,
        onOpenClaim: props.onOpenClaim,
        spans: true,
      })}
      {interactive ? (
        <Tooltip
          shared={false}
          cursor={false}
          content={({ active, payload }) => (
            <ClaimTooltip {...props} active={active} payload={payload} labelOf={labelOf} unit={unit} />
          )}
        />
      ) : null}
    </ComposedChart>
  )
  if (!interactive) return chart
  return (
    <div className="progress-chart">
      <ResponsiveContainer width="100%" height={300} initialDimension={{ width: 800, height: 300 }}>
        {chart}
      </ResponsiveContainer>
      <ProgressLegend data={data} labels={labels} seriesLabel={seriesLabel} />
    </div>
  )
}
