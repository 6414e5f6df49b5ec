// How the items split by status: one stacked bar (part of the whole), each status with its colour, pattern,
// icon and label. Loaded lazily with recharts.
import { useId } from 'react'
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { StatusSlice } from '../../domain/chart-series'
import { STATUS_META } from '../../domain/status'
import type { Status } from '../../domain/vocabulary'
import { formatNumber } from '../../lib/format'
import type { Lang } from '../../i18n/lang'
import { patternFill, patternPrefix, StatusPatternDefs, StatusSwatch } from './status-patterns'
import './charts.css'

export interface StatusBarChartProps {
  readonly slices: readonly StatusSlice[]
  readonly total: number
  readonly lang: Lang
  /** The chart's accessible title. */
  readonly title: string
  /** Makes each segment and legend entry a control, e.g. to filter the board to that status. */
  readonly onSelect?: (status: Status) => void
  /** Read after a legend entry's own text when it is a control (", show on the board"). */
  readonly actionHint?: string
  /**
   * Drawn once at this size for an exported picture: no animation, tooltip or legend (the picture draws its own
   * key), and no controls.
   */
  readonly size?: { readonly width: number; readonly height: number }
}

const ROW = 'items'

/** The single stacked row recharts draws: one field per status. */
function toStackRow(slices: readonly StatusSlice[]): Record<string, number | string> {
  return Object.fromEntries<number | string>([
    ['name', ROW],
    ...slices.map((slice) => [slice.status, slice.count] as const),
  ])
}

const statusLabel = (status: Status, lang: Lang) => STATUS_META[status].label[lang]

interface SliceTooltipProps {
  readonly active?: boolean
  readonly slices: readonly StatusSlice[]
  readonly lang: Lang
}

function SliceTooltip({ active, slices, lang }: SliceTooltipProps) {
  if (!active) return null
  return (
    <ul className="chart-tooltip">
      {slices.map((slice) => (
        <li key={slice.status}>
          <span aria-hidden="true">{STATUS_META[slice.status].icon}</span> {statusLabel(slice.status, lang)}:{' '}
          <strong>{formatNumber(slice.count, lang)}</strong>
        </li>
      ))}
    </ul>
  )
}

export function StatusBarChart({ slices, total, lang, title, onSelect, actionHint, size }: StatusBarChartProps) {
  const prefix = patternPrefix(useId())
  const bars = (animate: boolean) =>
    slices.map((slice) => (
      <Bar
        key={slice.status}
        dataKey={slice.status}
        name={statusLabel(slice.status, lang)}
        stackId="status"
        fill={patternFill(prefix, slice.status)}
        stroke="var(--bg)"
        strokeWidth={2}
        barSize={size ? Math.min(96, Math.round(size.height * 0.55)) : 44}
        isAnimationActive={animate ? 'auto' : false}
        style={onSelect && animate ? { cursor: 'pointer' } : undefined}
        onClick={onSelect && animate ? () => onSelect(slice.status) : undefined}
      />
    ))
  const axes = (
    <>
      <StatusPatternDefs prefix={prefix} />
      <XAxis
        type="number"
        domain={[0, total]}
        allowDecimals={false}
        tick={{ fill: 'var(--muted)', fontSize: 12 }}
        stroke="var(--border)"
      />
      <YAxis type="category" dataKey="name" hide />
    </>
  )
  const margin = { top: 4, right: 12, bottom: 0, left: 12 }
  if (size)
    return (
      <BarChart data={[toStackRow(slices)]} layout="vertical" margin={margin} title={title} {...size}>
        {axes}
        {bars(false)}
      </BarChart>
    )
  return (
    <div className="status-bar-chart">
      <ResponsiveContainer width="100%" height={84} initialDimension={{ width: 800, height: 84 }}>
        <BarChart data={[toStackRow(slices)]} layout="vertical" margin={margin} title={title} accessibilityLayer>
          {axes}
          <Tooltip
            cursor={false}
            content={({ active }) => <SliceTooltip active={active} slices={slices} lang={lang} />}
          />
          {bars(true)}
        </BarChart>
      </ResponsiveContainer>
      <ul className="status-legend">
        {slices.map((slice) => {
          const content = (
            <>
              <StatusSwatch prefix={prefix} status={slice.status} />
              <span className="status-legend__icon" aria-hidden="true">
                {STATUS_META[slice.status].icon}
              </span>
              <span>{statusLabel(slice.status, lang)}</span>{' '}
              <strong className="status-legend__count">{formatNumber(slice.count, lang)}</strong>
            </>
          )
          return (
            <li key={slice.status}>
              {onSelect ? (
                <button type="button" className="status-legend__entry" onClick={() => onSelect(slice.status)}>
                  {content}
                  {actionHint ? <span className="visually-hidden">{actionHint}</span> : null}
                </button>
              ) : (
                <span className="status-legend__entry">{content}</span>
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
