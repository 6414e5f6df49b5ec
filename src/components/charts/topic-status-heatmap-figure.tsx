// The topics × status grid drawn as SVG for an exported picture: the same cells, numbers and shades as the page's
// table (topic-status-heatmap.tsx), sized to the room the picture gives it.
import type { TopicStatusMatrix } from '../../domain/chart-series'
import { STATUS_META } from '../../domain/status'
import type { TextWidth } from '../../export/page-style'
import type { Lang } from '../../i18n/lang'
import { formatNumber } from '../../lib/format'
import { fitLines } from './fit-text'
import { heatShare } from './heat-share'

export interface TopicStatusHeatmapFigureProps {
  readonly matrix: TopicStatusMatrix
  readonly lang: Lang
  readonly topicLabel: (topicId: string) => string
  readonly totalLabel: string
  readonly width: number
  /** The height it may take; null: rows of the natural height. */
  readonly height: number | null
  readonly textWidth: TextWidth
}

const FONT = 12
const HEAD_FONT = 11
const HEAD_LINES = 3

export function TopicStatusHeatmapFigure(props: TopicStatusHeatmapFigureProps) {
  const { matrix, lang, topicLabel, totalLabel, width, height, textWidth } = props
  const labelWidth = Math.min(
    width * 0.34,
    12 + Math.max(0, ...matrix.rows.map((row) => textWidth(topicLabel(row.topicId), FONT))),
  )
  const columns = matrix.statuses.length + 1
  const cell = (width - labelWidth) / columns
  const heads = [
    ...matrix.statuses.map((status) => ({
      key: status,
      lines: fitLines(
        `${STATUS_META[status].icon} ${STATUS_META[status].label[lang]}`,
        cell - 6,
        HEAD_FONT,
        HEAD_LINES,
        textWidth,
      ),
    })),
    { key: 'total', lines: fitLines(totalLabel, cell - 6, HEAD_FONT, HEAD_LINES, textWidth) },
  ]
  const headHeight = 8 + Math.max(...heads.map((head) => head.lines.length)) * (HEAD_FONT + 3)
  const rowHeight =
    height === null ? 26 : Math.max(16, Math.min(30, (height - headHeight) / Math.max(1, matrix.rows.length)))
  const total = headHeight + rowHeight * matrix.rows.length
  return (
    <svg width={width} height={total} viewBox={`0 0 ${width} ${total}`} fontSize={FONT}>
      {heads.map((head, column) => (
        <text
          key={head.key}
          x={labelWidth + column * cell + cell / 2}
          y={HEAD_FONT}
          textAnchor="middle"
          fontSize={HEAD_FONT}
          fontWeight={600}
          fill="var(--text)"
        >
          {head.lines.map((line, index) => (
            <tspan key={line} x={labelWidth + column * cell + cell / 2} dy={index === 0 ? 0 : HEAD_FONT + 3}>
              {line}
            </tspan>
          ))}
        </text>
      ))}
      {matrix.rows.map((row, index) => {
        const top = headHeight + index * rowHeight
        const middle = top + rowHeight / 2
        return (
          <g key={row.topicId}>
            <line x1={0} x2={width} y1={top} y2={top} stroke="var(--border)" />
            <text x={0} y={middle} dominantBaseline="central" fill="var(--text)">
              {fitLines(topicLabel(row.topicId), labelWidth - 8, FONT, 1, textWidth)[0]}
            </text>
            {matrix.statuses.map((status, column) => {
              const count = row.counts[status]
              const x = labelWidth + column * cell
              return (
                <g key={status}>
                  <rect
                    x={x}
                    y={top}
                    width={cell}
                    height={rowHeight}
                    fill="var(--bg)"
                    stroke="var(--border)"
                    strokeWidth={0.5}
                  />
                  {count > 0 ? (
                    <rect
                      x={x}
                      y={top}
                      width={cell}
                      height={rowHeight}
                      fill={`var(${STATUS_META[status].token})`}
                      fillOpacity={heatShare(count, matrix.max)}
                    />
                  ) : null}
                  <text
                    x={x + cell / 2}
                    y={middle}
                    dominantBaseline="central"
                    textAnchor="middle"
                    fontWeight={count > 0 ? 600 : 400}
                    fill={count > 0 ? 'var(--text)' : 'var(--muted)'}
                  >
                    {formatNumber(count, lang)}
                  </text>
                </g>
              )
            })}
            <text
              x={labelWidth + matrix.statuses.length * cell + cell / 2}
              y={middle}
              dominantBaseline="central"
              textAnchor="middle"
              fill="var(--muted)"
            >
              {formatNumber(row.total, lang)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
