// Deadlines as bars from the day each was set to its due date, grouped by topic, with moved dates as arrows and
// late completions as a diamond. Plain HTML (no recharts): rows are a list a screen reader can read, and the
// tracks scroll sideways inside the frame on a phone while the labels stay put.
import { memo, type CSSProperties } from 'react'
import { DataText } from '../data-text'
import type { GanttData, GanttRow } from '../../domain/chart-series'
import { OUTCOME_META } from '../../domain/outcome'
import type { IsoDate } from '../../domain/types'
import { formatFuzzyDate } from '../../lib/format'
import type { Lang } from '../../i18n/lang'
import { OutcomeBadge } from '../outcome-badge'
import { moveRuns, position, yearTicks, type GanttRange } from './gantt-geometry'
import './charts.css'

export interface DeadlineGanttLabels {
  readonly set: string
  readonly due: string
  readonly movedTo: string
  readonly metOn: string
  readonly today: string
  readonly asOf: string
}

export interface DeadlineGanttProps {
  readonly data: GanttData
  readonly asOf: IsoDate
  readonly today: IsoDate
  readonly lang: Lang
  readonly groupLabel: (topicId: string | null) => string
  readonly labels: DeadlineGanttLabels
  /** Names the scrollable chart area. */
  readonly title: string
  /** Opens a deadline's own detail from its title; without it titles are plain text. */
  readonly onOpen?: (targetId: string) => void
}

type Range = GanttRange

const at = (left: number, extra: CSSProperties = {}): CSSProperties => ({ left: `${left}%`, ...extra })
const span = (from: number, to: number, extra: CSSProperties = {}): CSSProperties => ({
  left: `${Math.min(from, to)}%`,
  width: `${Math.abs(to - from)}%`,
  ...extra,
})

/** The row in words, for screen readers: the bars themselves are decoration. */
function describeRow(row: GanttRow, lang: Lang, labels: DeadlineGanttLabels): string {
  const parts = [
    `${labels.set} ${formatFuzzyDate(row.target.setOn, lang)}`,
    `${labels.due} ${formatFuzzyDate(row.target.due, lang)}`,
    ...row.moves.map((date) => `${labels.movedTo} ${formatFuzzyDate(date, lang)}`),
    ...(row.metOn ? [`${labels.metOn} ${formatFuzzyDate(row.metOn, lang)}`] : []),
  ]
  return parts.join(' · ')
}

/** Each move of the due date as a segment from the previous date to the new one. */
function moveSegments(range: Range, row: GanttRow): readonly { readonly key: string; readonly style: CSSProperties }[] {
  return moveRuns(range, row).map((run) => ({ key: run.key, style: span(run.from, run.to) }))
}

function Track({ range, row, asOf }: { readonly range: Range; readonly row: GanttRow; readonly asOf: IsoDate }) {
  const colour = `var(${OUTCOME_META[row.state.outcome].token})`
  const start = position(range, row.start)
  const due = position(range, row.due)
  return (
    <span className="gantt__track" aria-hidden="true">
      <span className="gantt__bar" style={span(start, due, { background: colour })} />
      {row.state.outcome === 'overdue' ? (
        <span
          className="gantt__overdue"
          style={span(position(range, row.state.due), position(range, asOf), { borderColor: colour })}
        />
      ) : null}
      <span className="gantt__end" style={at(due, { color: colour })}>
        {OUTCOME_META[row.state.outcome].icon}
      </span>
      {moveSegments(range, row).map((segment) => (
        <span key={segment.key} className="gantt__move" style={segment.style} />
      ))}
      {row.metOn ? (
        <>
          <span className="gantt__late" style={span(due, position(range, row.metOn.end))} />
          <span className="gantt__met" style={at(position(range, row.metOn.end))}>
            ◆
          </span>
        </>
      ) : null}
    </span>
  )
}

/** Memoised: its section re-renders for things it does not draw. */
export const DeadlineGantt = memo(function DeadlineGantt({
  data,
  asOf,
  today,
  lang,
  groupLabel,
  labels,
  title,
  onOpen,
}: DeadlineGanttProps) {
  const ticks = yearTicks(data.range)
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- the tracks scroll sideways; keyboard users must reach them
    <div className="gantt" role="group" aria-label={title} tabIndex={0}>
      <div className="gantt__inner">
        <div className="gantt__axis" aria-hidden="true">
          <span className="gantt__label" />
          <span className="gantt__ticks">
            {ticks.map((tick) => (
              <span key={tick.year} className="gantt__tick" style={at(tick.left)}>
                {tick.year}
              </span>
            ))}
          </span>
        </div>
        <div className="gantt__lines" aria-hidden="true">
          {ticks.map((tick) => (
            <span key={tick.year} className="gantt__gridline" style={at(tick.left)} />
          ))}
          <span className="gantt__now gantt__now--today" style={at(position(data.range, today))}>
            <span>{labels.today}</span>
          </span>
          {asOf === today ? null : (
            <span className="gantt__now gantt__now--as-of" style={at(position(data.range, asOf))}>
              <span>{labels.asOf}</span>
            </span>
          )}
        </div>
        {data.groups.map((group) => (
          <section key={group.topicId ?? 'all'} className="gantt__group">
            <h4 className="gantt__group-title">{groupLabel(group.topicId)}</h4>
            <ul className="gantt__rows">
              {group.rows.map((row) => (
                <li key={row.target.id} className="gantt__row">
                  <span className="gantt__label">
                    {onOpen ? (
                      <button type="button" className="gantt__title link-button" onClick={() => onOpen(row.target.id)}>
                        <DataText text={row.target.title} lang={lang} />
                      </button>
                    ) : (
                      <span className="gantt__title">
                        <DataText text={row.target.title} lang={lang} />
                      </span>
                    )}
                    <OutcomeBadge outcome={row.state.outcome} lang={lang} />
                    <span className="visually-hidden">{describeRow(row, lang, labels)}</span>
                  </span>
                  <Track range={data.range} row={row} asOf={asOf} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  )
})
