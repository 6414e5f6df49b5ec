// Series for the status charts and the deadline Gantt: pure functions of rows, targets and a date, so each chart
// and its "show as table" view are drawn from one and the same numbers.
import { countByStatus } from './aggregate'
import { isTargetKnownAt, outcomeAsOf, type OutcomeState } from './deadlines'
import type { ItemFacts } from './filters'
import { statusAsOf } from './items'
import type { FuzzyDate, IsoDate, Target } from './types'
import { DEADLINE_STATES, STATUSES, type DeadlineStatus, type Status } from './vocabulary'

export interface StatusSlice {
  readonly status: Status
  readonly count: number
}

export interface StatusSeries {
  /** Statuses with at least one item, in the vocabulary's order. */
  readonly slices: readonly StatusSlice[]
  readonly total: number
  readonly emptyReason: 'no-items' | null
}

export function toStatusSeries(rows: readonly ItemFacts[]): StatusSeries {
  const counts = countByStatus(rows)
  const slices = STATUSES.filter((status) => counts[status] > 0).map((status) => ({ status, count: counts[status] }))
  const total = slices.reduce((sum, slice) => sum + slice.count, 0)
  return { slices, total, emptyReason: total === 0 ? 'no-items' : null }
}

/** The sources behind each row's status on `asOf`, each id once, in first-seen order. */
export function statusSourceIds(rows: readonly ItemFacts[], asOf: IsoDate): readonly string[] {
  const ids = new Set<string>()
  for (const row of rows) for (const id of statusAsOf(row.item, asOf)?.sources ?? []) ids.add(id)
  return [...ids]
}

export interface MatrixRow {
  readonly topicId: string
  readonly counts: Readonly<Record<Status, number>>
  readonly total: number
}

export interface TopicStatusMatrix {
  /** Columns: statuses held by at least one tagged item, in the vocabulary's order. */
  readonly statuses: readonly Status[]
  /** Topics (in the order given) with at least one item. An item with several topics counts in each. */
  readonly rows: readonly MatrixRow[]
  /** The largest cell, for shading. */
  readonly max: number
  /** Items that carry no topic and so appear in no row. */
  readonly untagged: number
  readonly emptyReason: 'no-items' | null
}

export function toTopicStatusMatrix(rows: readonly ItemFacts[], topics: readonly string[]): TopicStatusMatrix {
  const matrixRows: MatrixRow[] = []
  for (const topicId of topics) {
    const counts = countByStatus(rows.filter((row) => row.item.topics.includes(topicId)))
    const total = STATUSES.reduce((sum, status) => sum + counts[status], 0)
    if (total > 0) matrixRows.push({ topicId, counts, total })
  }
  const statuses = STATUSES.filter((status) => matrixRows.some((row) => row.counts[status] > 0))
  const max = Math.max(0, ...matrixRows.flatMap((row) => statuses.map((status) => row.counts[status])))
  const untagged = rows.filter((row) => row.item.topics.length === 0).length
  return { statuses, rows: matrixRows, max, untagged, emptyReason: matrixRows.length === 0 ? 'no-items' : null }
}

export interface GanttRow {
  readonly target: Target
  /** Where the bar starts: the day the target was set, or its due date if it was only reported after it. */
  readonly start: IsoDate
  /** The last day the target could fall due. */
  readonly due: IsoDate
  readonly state: OutcomeState
  /** New due dates reported by the as-of date, in the order they were moved. */
  readonly moves: readonly FuzzyDate[]
  /** When a late target was met, if reported by the as-of date. */
  readonly metOn: FuzzyDate | null
}

export interface GanttGroup {
  /** null: targets for the whole programme rather than one topic. */
  readonly topicId: string | null
  readonly rows: readonly GanttRow[]
}

export interface GanttData {
  readonly groups: readonly GanttGroup[]
  /** The time axis in whole years: every year with a deadline unless zoomed, whatever the date or filters. */
  readonly range: { readonly from: IsoDate; readonly to: IsoDate }
  readonly emptyReason: 'nothing-set' | 'no-match' | null
}

export interface GanttFilter {
  readonly topics: readonly string[]
  readonly outcomes: readonly DeadlineStatus[]
  /** Zoom: only these years (inclusive) on the axis, and the deadlines that reach into them. */
  readonly years?: { readonly from: number; readonly to: number } | null
}

function ganttRow(target: Target, asOf: IsoDate): GanttRow {
  const state = outcomeAsOf(target, asOf)
  const moves = state.chain.flatMap((record) => (record.movedTo ? [record.movedTo] : []))
  const metOn = state.chain.findLast((record) => record.metOn !== null)?.metOn ?? null
  const start = target.setOn.start <= target.due.end ? target.setOn.start : target.due.end
  return { target, start, due: target.due.end, state, moves, metOn }
}

function yearRange(targets: readonly Target[]): GanttData['range'] {
  const days = targets.flatMap((target) => [
    target.setOn.start,
    target.due.end,
    ...target.outcomes.flatMap((record) => [record.movedTo?.end, record.metOn?.end]),
  ])
  const known = days.filter((value): value is IsoDate => value !== undefined).sort()
  const first = known[0] ?? '2019-01-01'
  const last = known[known.length - 1] ?? first
  return { from: `${first.slice(0, 4)}-01-01`, to: `${Number(last.slice(0, 4)) + 1}-01-01` }
}

/** The years the deadline axis can show, for its zoom control. */
export function ganttYears(targets: readonly Target[]): readonly number[] {
  const range = yearRange(targets)
  const first = Number(range.from.slice(0, 4))
  return Array.from({ length: Number(range.to.slice(0, 4)) - first }, (_, index) => first + index)
}

const intersects = <T>(values: readonly T[], wanted: readonly T[]) =>
  wanted.length === 0 || values.some((value) => wanted.includes(value))

/** The last day a row draws anything: its due date, a moved date or the day it was met. */
function rowEnd(row: GanttRow): IsoDate {
  const ends = [row.due, ...row.moves.map((date) => date.end), ...(row.metOn ? [row.metOn.end] : [])]
  return ends.reduce((latest, day) => (day > latest ? day : latest))
}

/**
 * Deadlines set by `asOf`, each from the day it was set to its due date with its outcome as of that date, grouped
 * by first topic (programme-wide targets first, then topics by their earliest deadline).
 */
export function toGanttRows(targets: readonly Target[], asOf: IsoDate, filter: GanttFilter): GanttData {
  const zoom = filter.years ?? null
  const range = zoom ? { from: `${zoom.from}-01-01`, to: `${zoom.to + 1}-01-01` } : yearRange(targets)
  const set = targets.filter((target) => isTargetKnownAt(target, asOf))
  const rows = set
    .filter((target) => intersects(target.topics, filter.topics))
    .map((target) => ganttRow(target, asOf))
    .filter((row) => filter.outcomes.length === 0 || filter.outcomes.includes(row.state.outcome))
    .filter((row) => zoom === null || (row.start < range.to && rowEnd(row) >= range.from))
    .sort((a, b) => (a.due === b.due ? a.target.id.localeCompare(b.target.id) : a.due < b.due ? -1 : 1))
  const groups = new Map<string | null, GanttRow[]>()
  for (const row of rows) {
    const key = row.target.topics[0] ?? null
    groups.set(key, [...(groups.get(key) ?? []), row])
  }
  const ordered = [...groups.entries()]
    .sort(([a, rowsA], [b, rowsB]) => {
      if (a === null || b === null) return a === null ? -1 : 1
      const dueA = rowsA[0]?.due ?? ''
      const dueB = rowsB[0]?.due ?? ''
      return dueA === dueB ? a.localeCompare(b) : dueA < dueB ? -1 : 1
    })
    .map(([topicId, groupRows]) => ({ topicId, rows: groupRows }))
  const emptyReason = set.length === 0 ? 'nothing-set' : rows.length === 0 ? 'no-match' : null
  return { groups: ordered, range, emptyReason }
}

export interface OutcomeTally {
  readonly outcome: DeadlineStatus
  readonly count: number
}

/** How many deadlines in the chart have each outcome, in the vocabulary's order, empty ones left out. */
export function tallyOutcomes(data: GanttData): readonly OutcomeTally[] {
  const counts = new Map<DeadlineStatus, number>()
  for (const group of data.groups)
    for (const row of group.rows) counts.set(row.state.outcome, (counts.get(row.state.outcome) ?? 0) + 1)
  return DEADLINE_STATES.flatMap((outcome) => {
    const count = counts.get(outcome) ?? 0
    return count > 0 ? [{ outcome, count }] : []
  })
}
