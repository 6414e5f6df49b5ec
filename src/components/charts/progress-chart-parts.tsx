// The pieces the progress chart and the overview's headline chart share (their series, marks, tooltip and key),
// kept apart from each chart's layout.
import type { ReactNode } from 'react'
import { ErrorBar, Line, ReferenceLine, Scatter, Symbols, XAxis, type ScatterProps } from 'recharts'
import { DataText } from '../data-text'
import type { ProgressData, ProgressPoint, ProgressSeries } from '../../domain/progress-series'
import type { MarkShape, ProgressUnit } from '../../domain/progress-specs'
import type { Lang } from '../../i18n/lang'
import { describeClaimValue } from './claim-value'

export interface ProgressChartLabels {
  readonly asOf: string
  /** Key entries: a hollow mark, a ringed mark, a numbered dashed line. */
  readonly inferredMark: string
  readonly conflictMark: string
  readonly eventLine: string
  readonly claimedBy: string
  readonly inferred: string
  readonly conflict: string
  readonly sources: string
}

export const isPoint = (value: unknown): value is ProgressPoint =>
  typeof value === 'object' && value !== null && 'claim' in value && 'conflict' in value

export interface MarkProps {
  readonly cx?: number
  readonly cy?: number
  readonly payload?: unknown
}

interface ClaimSymbolProps {
  readonly cx: number
  readonly cy: number
  readonly shape: MarkShape
  readonly colour: string
  /** Hollow for an inferred figure, filled for a reported one. */
  readonly hollow: boolean
  readonly size: number
  /** The outline of a filled mark, which sets it off from marks it overlaps. */
  readonly edge: number
}

/** A claim's mark, drawn the same way on the chart and in its key. */
function ClaimSymbol({ cx, cy, shape, colour, hollow, size, edge }: ClaimSymbolProps) {
  return (
    <Symbols
      cx={cx}
      cy={cy}
      type={shape}
      size={size}
      fill={hollow ? 'var(--bg)' : colour}
      stroke={hollow ? colour : 'var(--bg)'}
      strokeWidth={hollow ? 2.5 : edge}
    />
  )
}

export function markRenderer(shape: MarkShape, colour: string) {
  return function Mark({ cx, cy, payload }: MarkProps) {
    if (cx === undefined || cy === undefined || !isPoint(payload)) return <g />
    const inferred = payload.claim.confidence === 'inferred'
    return (
      <g data-claim-id={payload.claim.id}>
        {payload.conflict ? (
          <circle cx={cx} cy={cy} r={10} fill="none" stroke="var(--text)" strokeWidth={1.5} strokeDasharray="3 2" />
        ) : null}
        <ClaimSymbol cx={cx} cy={cy} shape={shape} colour={colour} hollow={inferred} size={90} edge={1.5} />
      </g>
    )
  }
}

/** The time axis: days since 1970 on x, labelled at the data's ticks. */
export function timeAxis(data: ProgressData, tickFormatter: (day: number) => string): ReactNode {
  return (
    <XAxis
      type="number"
      dataKey="x"
      domain={[data.domain[0], data.domain[1]]}
      ticks={[...data.ticks]}
      tickFormatter={tickFormatter}
      interval="preserveStartEnd"
      minTickGap={8}
      tick={{ fill: 'var(--muted)', fontSize: 12 }}
      stroke="var(--border)"
      allowDuplicatedCategory={false}
    />
  )
}

/** A dashed line at each numbered event and the as-of line, on the axis `yAxisId` where there are several. */
export function eventLines(data: ProgressData, asOfLabel: string, yAxisId?: string): ReactNode[] {
  return [
    ...data.markers.map((marker) => (
      <ReferenceLine key={marker.event.id} yAxisId={yAxisId} x={marker.x} stroke="var(--muted)" strokeDasharray="4 3" />
    )),
    <ReferenceLine
      key="as-of"
      yAxisId={yAxisId}
      x={data.asOfX}
      stroke="var(--accent)"
      strokeWidth={2}
      label={{ value: asOfLabel, position: 'insideBottomRight', fill: 'var(--text)', fontSize: 12 }}
    />,
  ]
}

export interface StepSeriesOptions {
  /** The y axis a series is drawn on, where the chart has more than one (by unit). */
  readonly yAxisId?: (series: ProgressSeries) => string
  readonly seriesLabel: (key: string) => string
  /** How a series' marks are drawn. */
  readonly shape: (series: ProgressSeries) => ScatterProps['shape']
  readonly animate: ScatterProps['isAnimationActive']
  readonly cursor: string | undefined
  /** A click on a mark: the claim it draws. */
  readonly onOpenClaim?: (claimId: string) => void
  /** Draws each mark's spread (a date or a figure known only as a range) as error bars. */
  readonly spans: boolean
}

/**
 * Every series as a step line where the reports agree and a mark per claim: the line first for every series, so
 * no line crosses a mark. Elements, not a component, since recharts reads its series from the chart's children.
 */
export function stepSeries(series: readonly ProgressSeries[], options: StepSeriesOptions): ReactNode[] {
  const { yAxisId, seriesLabel, shape, animate, cursor, onOpenClaim, spans } = options
  return [
    ...series.map((entry) => (
      <Line
        key={`line-${entry.spec.key}`}
        yAxisId={yAxisId?.(entry)}
        data={[...entry.line]}
        dataKey="y"
        type="stepAfter"
        stroke={`var(${entry.spec.token})`}
        strokeWidth={2}
        dot={false}
        activeDot={false}
        connectNulls={false}
        legendType="none"
        tooltipType="none"
        // Not animated: every re-render restarted the line's draw-in, which measures the whole path again.
        isAnimationActive={false}
      />
    )),
    ...series.map((entry) => (
      <Scatter
        key={entry.spec.key}
        yAxisId={yAxisId?.(entry)}
        name={seriesLabel(entry.spec.key)}
        data={[...entry.points]}
        dataKey="y"
        shape={shape(entry)}
        isAnimationActive={animate}
        cursor={cursor}
        onClick={
          onOpenClaim &&
          ((mark) => {
            const point = mark.payload as unknown
            if (isPoint(point)) onOpenClaim(point.claim.id)
          })
        }
      >
        {spans ? <ErrorBar dataKey="xSpan" direction="x" stroke={`var(${entry.spec.token})`} width={6} /> : null}
        {spans ? <ErrorBar dataKey="ySpan" direction="y" stroke={`var(${entry.spec.token})`} width={6} /> : null}
      </Scatter>
    )),
  ]
}

interface ClaimTooltipProps {
  readonly labels: ProgressChartLabels
  readonly lang: Lang
  readonly formatDate: (point: ProgressPoint) => string
  readonly describeSource: (id: string) => string
  readonly active?: boolean
  readonly payload?: readonly { readonly payload?: unknown }[]
  readonly labelOf: ReadonlyMap<string, string>
  readonly unit: ProgressUnit
}

export function ClaimTooltip({
  active,
  payload,
  labels,
  lang,
  formatDate,
  describeSource,
  labelOf,
  unit,
}: ClaimTooltipProps) {
  const point = payload?.map((entry) => entry.payload).find(isPoint)
  if (!active || !point) return null
  const { claim } = point
  return (
    <div className="chart-tooltip chart-tooltip--claim">
      <p className="chart-tooltip__title">
        {labelOf.get(claim.id)}: <strong>{describeClaimValue(claim, unit, lang)}</strong>
      </p>
      <p>
        {formatDate(point)} · {labels.claimedBy} <DataText text={claim.claimant.label} lang={lang} />
        {claim.confidence === 'inferred' ? ` (${labels.inferred})` : ''}
      </p>
      {point.conflict ? <p className="chart-tooltip__note">{labels.conflict}</p> : null}
      <p className="chart-tooltip__sources">
        {labels.sources}: {claim.sources.map(describeSource).join('; ')}
      </p>
    </div>
  )
}

function LegendSymbol({ shape, colour, hollow = false }: { shape: MarkShape; colour: string; hollow?: boolean }) {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <ClaimSymbol cx={9} cy={9} shape={shape} colour={colour} hollow={hollow} size={80} edge={1} />
    </svg>
  )
}

interface ProgressLegendProps {
  readonly data: ProgressData
  readonly labels: ProgressChartLabels
  readonly seriesLabel: (key: string) => string
}

export function ProgressLegend({ data, labels, seriesLabel }: ProgressLegendProps) {
  return (
    <ul className="chart-legend">
      {data.series.map((series) => (
        <li key={series.spec.key}>
          <LegendSymbol shape={series.spec.shape} colour={`var(${series.spec.token})`} />
          {seriesLabel(series.spec.key)}
        </li>
      ))}
      <li>
        <LegendSymbol shape="circle" colour="var(--muted)" hollow />
        {labels.inferredMark}
      </li>
      <li>
        <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true" focusable="false">
          <circle cx={11} cy={11} r={9} fill="none" stroke="var(--text)" strokeWidth={1.5} strokeDasharray="3 2" />
          <circle cx={11} cy={11} r={4} fill="var(--muted)" />
        </svg>
        {labels.conflictMark}
      </li>
      <li>
        <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
          <path d="M9 0 V18" stroke="var(--muted)" strokeWidth={1.5} strokeDasharray="4 3" />
        </svg>
        {labels.eventLine}
      </li>
    </ul>
  )
}
