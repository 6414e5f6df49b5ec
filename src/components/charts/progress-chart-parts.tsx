// The progress chart's marks, tooltip and key: small pieces kept apart from the chart's layout.
import { Symbols } from 'recharts'
import { DataText } from '../data-text'
import type { ProgressData, ProgressPoint } from '../../domain/progress-series'
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
