// The deadline chart drawn as SVG for an exported picture: the same bars, moves, overruns, late completions and
// date lines as the page's chart (deadline-gantt.tsx), with titles cut to the label column and rows sized to the
// room the picture gives it.
import type { GanttData, GanttGroup, GanttRow } from '../../domain/chart-series'
import { OUTCOME_META } from '../../domain/outcome'
import type { IsoDate } from '../../domain/types'
import type { TextWidth } from '../../export/page-style'
import type { Lang } from '../../i18n/lang'
import { textIn } from '../../i18n/localized-text'
import type { DeadlineGanttLabels } from './deadline-gantt'
import { fitLines } from './fit-text'
import { moveRuns, position, yearTicks, type GanttRange } from './gantt-geometry'

export interface DeadlineGanttFigureProps {
  readonly data: GanttData
  readonly asOf: IsoDate
  readonly today: IsoDate
  readonly lang: Lang
  readonly groupLabel: (topicId: string | null) => string
  readonly labels: Pick<DeadlineGanttLabels, 'today' | 'asOf'>
  readonly width: number
  /** The height it may take; null: rows of the natural height. */
  readonly height: number | null
  readonly textWidth: TextWidth
}

const FONT = 11
/** Room above the rows for the date lines' labels, one over the other, and the years. */
const AXIS = 48

function Track({
  row,
  range,
  asOf,
  x,
  y,
  width,
  height,
}: {
  row: GanttRow
  range: GanttRange
  asOf: IsoDate
  x: number
  y: number
  width: number
  height: number
}) {
  const at = (percent: number) => x + (percent / 100) * width
  const colour = `var(${OUTCOME_META[row.state.outcome].token})`
  const start = at(position(range, row.start))
  const due = at(position(range, row.due))
  const bar = Math.max(4, height * 0.38)
  return (
    <g>
      <rect
        x={Math.min(start, due)}
        y={y - bar / 2}
        width={Math.max(3, Math.abs(due - start))}
        height={bar}
        rx={2}
        fill={colour}
        fillOpacity={0.85}
      />
      {row.state.outcome === 'overdue' ? (
        <line
          x1={at(position(range, row.state.due))}
          x2={at(position(range, asOf))}
          y1={y}
          y2={y}
          stroke={colour}
          strokeWidth={3}
          strokeDasharray="1 3"
          strokeLinecap="round"
        />
      ) : null}
      {moveRuns(range, row).map((run) => (
        <g key={run.key}>
          <line
            x1={at(run.from)}
            x2={at(run.to)}
            y1={y}
            y2={y}
            stroke="var(--outcome-moved)"
            strokeWidth={2}
            strokeDasharray="4 3"
          />
          <path d={`M${at(run.to)} ${y} l-7 -4 v8 z`} fill="var(--outcome-moved)" />
        </g>
      ))}
      {row.metOn ? (
        <>
          <line
            x1={due}
            x2={at(position(range, row.metOn.end))}
            y1={y}
            y2={y}
            stroke="var(--outcome-late)"
            strokeWidth={2}
            strokeDasharray="4 3"
          />
          <text
            x={at(position(range, row.metOn.end))}
            y={y}
            textAnchor="middle"
            dominantBaseline="central"
            fontSize={FONT + 1}
            fontWeight={700}
            fill="var(--outcome-late)"
          >
            ◆
          </text>
        </>
      ) : null}
      <text
        x={due}
        y={y}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={FONT + 1}
        fontWeight={700}
        fill={colour}
      >
        {OUTCOME_META[row.state.outcome].icon}
      </text>
    </g>
  )
}

/**
 * Row and topic-heading heights that fit `height`: natural ones when it is open, else rows shrunk first, then the
 * headings with them, down to what text of FONT size still needs.
 */
function rowHeights(height: number | null, rows: number, groups: number) {
  if (height === null) return { rowHeight: 24, groupHeight: 20 }
  const withFullHeadings = (height - AXIS - 20 * groups) / Math.max(1, rows)
  if (withFullHeadings >= 14) return { rowHeight: Math.min(26, withFullHeadings), groupHeight: 20 }
  const rowHeight = Math.max(FONT, (height - AXIS - 6 * groups) / Math.max(1, rows + groups))
  return { rowHeight, groupHeight: rowHeight + 6 }
}

/** Where each topic group starts, under the axis. */
function groupTops(
  data: GanttData,
  rowHeight: number,
  groupHeight: number,
): readonly { readonly group: GanttGroup; readonly top: number }[] {
  const tops: { group: GanttGroup; top: number }[] = []
  for (const group of data.groups) {
    const previous = tops[tops.length - 1]
    tops.push({ group, top: previous ? previous.top + groupHeight + previous.group.rows.length * rowHeight : AXIS })
  }
  return tops
}

export function DeadlineGanttFigure(props: DeadlineGanttFigureProps) {
  const { data, asOf, today, lang, groupLabel, labels, width, height, textWidth } = props
  const labelWidth = Math.round(width * 0.36)
  const trackX = labelWidth + 8
  const trackWidth = width - trackX - 4
  const rowCount = data.groups.reduce((sum, group) => sum + group.rows.length, 0)
  const { rowHeight, groupHeight } = rowHeights(height, rowCount, data.groups.length)
  const lineAt = (date: IsoDate) => trackX + (position(data.range, date) / 100) * trackWidth
  const groups = groupTops(data, rowHeight, groupHeight)
  const total = groups.reduce(
    (end, { group, top }) => Math.max(end, top + groupHeight + group.rows.length * rowHeight),
    AXIS,
  )
  return (
    <svg width={width} height={total} viewBox={`0 0 ${width} ${total}`} fontSize={FONT}>
      {yearTicks(data.range).map((tick) => {
        const x = trackX + (tick.left / 100) * trackWidth
        return (
          <g key={tick.year}>
            <line x1={x} x2={x} y1={AXIS - 4} y2={total} stroke="var(--border)" strokeDasharray="1 2" />
            <text x={x + 3} y={AXIS - 6} fill="var(--muted)">
              {tick.year}
            </text>
          </g>
        )
      })}
      {groups.map(({ group, top: groupTop }) => (
        <g key={group.topicId ?? 'all'}>
          <line x1={0} x2={width} y1={groupTop} y2={groupTop} stroke="var(--border)" />
          <text x={0} y={groupTop + groupHeight - 6} fontWeight={700} fill="var(--muted)">
            {groupLabel(group.topicId).toLocaleUpperCase(lang)}
          </text>
          {group.rows.map((row, index) => {
            const middle = groupTop + groupHeight + index * rowHeight + rowHeight / 2
            const title = `${OUTCOME_META[row.state.outcome].icon} ${textIn(row.target.title, lang)}`
            return (
              <g key={row.target.id}>
                <text x={0} y={middle} dominantBaseline="central" fill="var(--text)">
                  {fitLines(title, labelWidth, FONT, 1, textWidth)[0]}
                </text>
                <Track
                  row={row}
                  range={data.range}
                  asOf={asOf}
                  x={trackX}
                  y={middle}
                  width={trackWidth}
                  height={rowHeight}
                />
              </g>
            )
          })}
        </g>
      ))}
      <line x1={lineAt(today)} x2={lineAt(today)} y1={4} y2={total} stroke="var(--text)" strokeWidth={2} />
      <text x={lineAt(today) - 3} y={12} textAnchor="end" fontWeight={600} fill="var(--text)">
        {labels.today}
      </text>
      {asOf === today ? null : (
        <>
          <line
            x1={lineAt(asOf)}
            x2={lineAt(asOf)}
            y1={4}
            y2={total}
            stroke="var(--accent)"
            strokeWidth={2}
            strokeDasharray="5 3"
          />
          <text x={lineAt(asOf) + 3} y={25} fontWeight={600} fill="var(--text)">
            {labels.asOf}
          </text>
        </>
      )}
    </svg>
  )
}
