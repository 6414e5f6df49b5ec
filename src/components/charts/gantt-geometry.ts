// Where the deadline chart's dates fall along its axis, shared by the page's chart and the drawing an export makes.
import type { GanttData, GanttRow } from '../../domain/chart-series'
import { daysBetween } from '../../domain/dates'
import type { IsoDate } from '../../domain/types'

export type GanttRange = GanttData['range']

/** Where a date falls along the axis, in percent, kept inside it. */
export function position(range: GanttRange, date: IsoDate): number {
  const share = daysBetween(range.from, date) / daysBetween(range.from, range.to)
  return Math.min(100, Math.max(0, share * 100))
}

export function yearTicks(range: GanttRange): readonly { readonly year: string; readonly left: number }[] {
  const first = Number(range.from.slice(0, 4))
  const last = Number(range.to.slice(0, 4))
  return Array.from({ length: last - first }, (_, index) => {
    const year = String(first + index)
    return { year, left: position(range, `${year}-01-01`) }
  })
}

/** Each move of the due date as a run from the previous date to the new one, in percent along the axis. */
export function moveRuns(
  range: GanttRange,
  row: GanttRow,
): readonly { readonly key: string; readonly from: number; readonly to: number }[] {
  const stops = [row.due, ...row.moves.map((date) => date.end)].map((date) => position(range, date))
  return row.moves.map((date, index) => ({
    key: `${index}-${date.value}`,
    from: stops[index] ?? 0,
    to: stops[index + 1] ?? 0,
  }))
}
