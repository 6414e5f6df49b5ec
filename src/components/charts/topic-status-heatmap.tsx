// Topics × status as a shaded grid. It is a real table: each status column is headed by its badge (icon + label),
// each cell shows its number, and the shade (the column's status colour, deeper for more items) only repeats it.
import { memo, type CSSProperties } from 'react'
import { heatShare } from './heat-share'
import { ScrollTable } from './scroll-table'
import type { TopicStatusMatrix } from '../../domain/chart-series'
import { STATUS_META } from '../../domain/status'
import type { Status } from '../../domain/vocabulary'
import { formatNumber } from '../../lib/format'
import type { Lang } from '../../i18n/lang'
import { StatusBadge } from '../status-badge'
import './charts.css'

export interface TopicStatusHeatmapProps {
  readonly matrix: TopicStatusMatrix
  readonly lang: Lang
  readonly topicLabel: (topicId: string) => string
  readonly headers: { readonly topic: string; readonly total: string }
  /** Names the table (and its scroll area). */
  readonly label: string
  /** Makes each non-empty cell a control, e.g. to filter the board to that topic and status. */
  readonly onSelect?: (topicId: string, status: Status) => void
  /** A cell control's accessible name, which must start with what the cell shows. */
  readonly cellLabel?: (topicId: string, status: Status, count: number) => string
  /** Numbers only, no shading: the "show as table" view. */
  readonly plain?: boolean
}

function heatStyle(status: Status, count: number, max: number): CSSProperties {
  const strength = Math.round(heatShare(count, max) * 100)
  return { '--heat-colour': `var(${STATUS_META[status].token})`, '--heat': `${strength}%` } as CSSProperties
}

/** Memoised: its section re-renders for things it does not draw. */
export const TopicStatusHeatmap = memo(function TopicStatusHeatmap(props: TopicStatusHeatmapProps) {
  const { matrix, lang, topicLabel, headers, label, onSelect, cellLabel, plain = false } = props
  return (
    <ScrollTable label={label}>
      <table className={plain ? 'data-table' : 'heatmap'}>
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">{headers.topic}</th>
            {matrix.statuses.map((status) => (
              <th key={status} scope="col">
                <StatusBadge status={status} lang={lang} />
              </th>
            ))}
            <th scope="col">{headers.total}</th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.topicId}>
              <th scope="row">{topicLabel(row.topicId)}</th>
              {matrix.statuses.map((status) => {
                const count = row.counts[status]
                if (count === 0)
                  return (
                    <td key={status} className="heatmap__cell heatmap__cell--zero">
                      {formatNumber(0, lang)}
                    </td>
                  )
                const text = formatNumber(count, lang)
                return (
                  <td
                    key={status}
                    className="heatmap__cell"
                    style={plain ? undefined : heatStyle(status, count, matrix.max)}
                  >
                    {onSelect && !plain ? (
                      <button
                        type="button"
                        className="heatmap__button"
                        aria-label={cellLabel?.(row.topicId, status, count)}
                        onClick={() => onSelect(row.topicId, status)}
                      >
                        {text}
                      </button>
                    ) : (
                      text
                    )}
                  </td>
                )
              })}
              <td className="heatmap__total">{formatNumber(row.total, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  )
})
