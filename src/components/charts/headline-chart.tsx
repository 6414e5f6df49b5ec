// The overview's headline chart: the reported counts of the 2019 → 2026 arc on one time axis (the 2024–2026
// package's percentage on its own axis at the right), and its turning points as numbered lines. Every mark and
// every turning point is a control with a name that says what it shows, opening its record. Loaded lazily.
import { useMemo, type KeyboardEvent } from 'react'
import { CartesianGrid, ComposedChart, ResponsiveContainer, Tooltip, YAxis, usePlotArea } from 'recharts'
import type { ProgressData, ProgressMarker, ProgressPoint } from '../../domain/progress-series'
import type { MarkShape } from '../../domain/progress-specs'
import type { Lang } from '../../i18n/lang'
import {
  ClaimTooltip,
  isPoint,
  markRenderer,
  eventLines,
  ProgressLegend,
  stepSeries,
  timeAxis,
  type MarkProps,
  type ProgressChartLabels,
} from './progress-chart-parts'
import './charts.css'

export interface HeadlineChartProps {
  readonly data: ProgressData
  readonly lang: Lang
  /** The chart's accessible title. */
  readonly title: string
  readonly labels: ProgressChartLabels
  readonly seriesLabel: (key: string) => string
  readonly formatDate: (point: ProgressPoint) => string
  readonly describeSource: (id: string) => string
  /** The accessible name of a mark: series, figure, date and who reported it. */
  readonly describeMark: (point: ProgressPoint, seriesKey: string) => string
  /** The accessible name of a turning point: its number, date and title. */
  readonly describeTurningPoint: (marker: ProgressMarker) => string
  /** A mark (claim id) or a turning point (event id) was activated. */
  readonly onOpen: (id: string) => void
  /**
   * Drawn once at this size for an exported picture: no tooltip, legend (the picture draws its own key) or controls.
   */
  readonly size?: { readonly width: number; readonly height: number }
}

const HEIGHT = 340
/** Turning points closer than this (in pixels) have their numbers stacked rather than overlapping. */
const LABEL_GAP_PX = 22
const isoYear = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 4)

/** Enter and Space work a mark as they work a button. */
const activate = (open: () => void) => (event: KeyboardEvent) => {
  if (event.key !== 'Enter' && event.key !== ' ') return
  event.preventDefault()
  open()
}

function focusableMark(
  shape: MarkShape,
  colour: string,
  seriesKey: string,
  { describeMark, onOpen }: Pick<HeadlineChartProps, 'describeMark' | 'onOpen'>,
) {
  const Mark = markRenderer(shape, colour)
  return function FocusableMark(props: MarkProps) {
    const { payload } = props
    if (!isPoint(payload)) return <g />
    const open = () => onOpen(payload.claim.id)
    return (
      <g
        role="button"
        tabIndex={0}
        aria-label={describeMark(payload, seriesKey)}
        className="headline-chart__control"
        onClick={open}
        onKeyDown={activate(open)}
      >
        <Mark {...props} />
      </g>
    )
  }
}

/** Rows for labels at these x positions, in order: a label closer than `gap` to the one before goes a row up. */
function stackedRows(xs: readonly number[], gap: number): readonly number[] {
  const rows: number[] = []
  xs.forEach((x, index) => {
    const before = xs[index - 1]
    rows.push(before !== undefined && x - before < gap ? (rows[index - 1] ?? 0) + 1 : 0)
  })
  return rows
}

/** The turning points' numbers above the plot, stacked where they would overlap; each opens its event. */
function TurningPoints({
  markers,
  domain,
  describeTurningPoint,
  onOpen,
  interactive,
}: Pick<ProgressData, 'markers' | 'domain'> &
  Pick<HeadlineChartProps, 'describeTurningPoint' | 'onOpen'> & { readonly interactive: boolean }) {
  const plot = usePlotArea()
  if (!plot || plot.width <= 0) return null
  const xs = markers.map((marker) => plot.x + ((marker.x - domain[0]) / (domain[1] - domain[0])) * plot.width)
  const rows = stackedRows(xs, LABEL_GAP_PX)
  return (
    <g className="headline-chart__turning-points">
      {markers.map((marker, index) => {
        const x = xs[index] ?? 0
        const y = plot.y - 12 - (rows[index] ?? 0) * LABEL_GAP_PX
        const open = () => onOpen(marker.event.id)
        const control = interactive
          ? {
              role: 'button',
              tabIndex: 0,
              'aria-label': describeTurningPoint(marker),
              className: 'headline-chart__control',
              onClick: open,
              onKeyDown: activate(open),
            }
          : {}
        return (
          <g key={marker.event.id} {...control}>
            <circle cx={x} cy={y} r={9} fill="var(--bg)" stroke="var(--text)" strokeWidth={1.5} />
            <text x={x} y={y + 4} textAnchor="middle" fill="var(--text)" fontSize={11} fontWeight={700}>
              {marker.number}
            </text>
          </g>
        )
      })}
    </g>
  )
}

export function HeadlineChart(props: HeadlineChartProps) {
  const { data, title, labels, seriesLabel, size } = props
  const interactive = size === undefined
  const labelOf = useMemo(
    () =>
      new Map(
        data.series.flatMap((series) => series.points.map((point) => [point.claim.id, seriesLabel(series.spec.key)])),
      ),
    [data, seriesLabel],
  )
  const unitOf = useMemo(
    () => new Map(data.series.flatMap((series) => series.points.map((point) => [point.claim.id, series.spec.unit]))),
    [data],
  )
  const hasPercent = data.series.some((series) => series.spec.unit === 'percent' && series.points.length > 0)
  // Room above the plot for the turning points' numbers, stacked up to three high.
  const top = 12 + 3 * LABEL_GAP_PX
  const chart = (
    <ComposedChart
      margin={{ top, right: hasPercent ? 4 : 16, bottom: 4, left: 0 }}
      title={title}
      accessibilityLayer={interactive}
      {...size}
    >
      <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" vertical={false} yAxisId="count" />
      {timeAxis(data, isoYear)}
      <YAxis
        yAxisId="count"
        type="number"
        dataKey="y"
        domain={[0, 'auto']}
        allowDecimals={false}
        width={36}
        tick={{ fill: 'var(--muted)', fontSize: 12 }}
        stroke="var(--border)"
      />
      {hasPercent ? (
        <YAxis
          yAxisId="percent"
          orientation="right"
          type="number"
          dataKey="y"
          domain={[0, 100]}
          width={44}
          tickFormatter={(value: number) => `${value}%`}
          tick={{ fill: 'var(--muted)', fontSize: 12 }}
          stroke="var(--border)"
        />
      ) : null}
      {eventLines(data, labels.asOf, 'count')}
      {stepSeries(data.series, {
        yAxisId: (series) => series.spec.unit,
        seriesLabel,
        shape: (series) =>
          interactive
            ? focusableMark(series.spec.shape, `var(${series.spec.token})`, series.spec.key, props)
            : markRenderer(series.spec.shape, `var(${series.spec.token})`),
        animate: false,
        cursor: interactive ? 'pointer' : undefined,
        spans: false,
      })}
      <TurningPoints
        markers={data.markers}
        domain={data.domain}
        describeTurningPoint={props.describeTurningPoint}
        onOpen={props.onOpen}
        interactive={interactive}
      />
      {interactive ? (
        <Tooltip
          shared={false}
          cursor={false}
          content={({ active, payload }) => {
            const point = payload?.map((entry) => entry.payload as unknown).find(isPoint)
            return (
              <ClaimTooltip
                {...props}
                active={active}
                payload={payload}
                labelOf={labelOf}
                unit={(point && unitOf.get(point.claim.id)) ?? 'count'}
              />
            )
          }}
        />
      ) : null}
    </ComposedChart>
  )
  if (!interactive) return chart
  return (
    <div className="headline-chart">
      <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 800, height: HEIGHT }}>
        {chart}
      </ResponsiveContainer>
      <ProgressLegend data={data} labels={labels} seriesLabel={seriesLabel} />
    </div>
  )
}
