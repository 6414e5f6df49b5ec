// Series builders on the real data: the numbers the charts draw must be the reported ones.
import { parseDataset } from '../data/parse-dataset'
import { readBundledFiles } from '../data/load-dataset'
import { makeItem, makeChange, makeTarget, makeOutcome, day } from '../testing/factories'
import { ganttYears, statusSourceIds, toGanttRows, toStatusSeries, toTopicStatusMatrix } from './chart-series'
import { NO_FILTERS, type Filters } from './filters'
import { applyFilters } from '../testing/filter-oracles'
import { buildSearchIndex } from './search'
import type { Dataset, IsoDate } from './types'

let dataset: Dataset

beforeAll(async () => {
  const result = parseDataset(await readBundledFiles(), { requireFullProgramme: true })
  if (!result.ok) throw new Error('bundled data invalid')
  dataset = result.dataset
})

const roadmaps: Filters = { set: 'roadmaps', ...NO_FILTERS }
const rowsAsOf = (asOf: IsoDate, filters: Filters = roadmaps) =>
  applyFilters(dataset.items, filters, { targets: dataset.targets, searchIndex: buildSearchIndex(dataset), asOf })
const slices = (asOf: IsoDate, filters?: Filters) =>
  Object.fromEntries(toStatusSeries(rowsAsOf(asOf, filters)).slices.map((slice) => [slice.status, slice.count]))

describe('toStatusSeries', () => {
  it.each([
    ['2019-09-05', {}],
    ['2019-09-06', { drafting: 30, unattributed: 1 }],
    ['2019-12-07', { open: 4, agreed: 2, unattributed: 25 }],
    ['2019-12-25', { open: 3, agreed: 5, 'set-aside': 1, unattributed: 22 }],
    ['2021-09-10', { 'set-aside': 1, superseded: 30 }],
  ])('counts the roadmaps by status as of %s', (asOf, expected) => {
    expect(slices(asOf)).toEqual(expected)
  })

  it('counts the programmes: all 28 approved after the decree, all reported completed in 2024', () => {
    const programmes: Filters = { ...roadmaps, set: 'programmes' }
    expect(slices('2021-11-04', programmes)).toEqual({ approved: 28 })
    expect(slices('2024-02-01', programmes)).toEqual({ completed: 28 })
  })

  it('says why it is empty and totals the slices', () => {
    expect(toStatusSeries(rowsAsOf('2019-01-01'))).toEqual({ slices: [], total: 0, emptyReason: 'no-items' })
    expect(toStatusSeries(rowsAsOf('2019-12-07')).total).toBe(31)
  })

  it('follows the filters, so the chart and the board agree', () => {
    expect(slices('2019-12-07', { ...roadmaps, topics: ['oil', 'gas'] })).toEqual({ open: 2 })
  })

  it('names the sources of every status it counts, once each', () => {
    const ids = statusSourceIds(rowsAsOf('2019-12-07'), '2019-12-07')
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(expect.arrayContaining(['S24']))
  })
})

describe('toTopicStatusMatrix', () => {
  it('crosses topics with statuses as of 2019-12-07, leaving untagged items out but counted', () => {
    const matrix = toTopicStatusMatrix(
      rowsAsOf('2019-12-07'),
      dataset.topics.map((topic) => topic.id),
    )
    const row = (topicId: string) => matrix.rows.find((entry) => entry.topicId === topicId)
    expect(matrix.statuses).toEqual(['open', 'agreed', 'unattributed'])
    expect(row('gas')?.counts.open).toBe(1)
    expect(row('electricity')?.counts.agreed).toBe(1)
    expect(row('tax')).toMatchObject({ total: 2, counts: { open: 2 } })
    expect(row('trade')).toMatchObject({ total: 3, counts: { unattributed: 3 } })
    expect(row('nuclear')).toBeUndefined()
    expect(matrix.untagged).toBe(9)
    expect(matrix.max).toBe(3)
  })

  it('keeps the topic order given and counts an item with two topics in both rows', () => {
    const items = [makeItem({ id: 'RM01', topics: ['gas', 'oil'], history: [makeChange('2019-09-06', 'open')] })]
    const rows = items.map((item) => ({ item, asOf: '2019-12-01', status: 'open' as const, actors: [], outcomes: [] }))
    const matrix = toTopicStatusMatrix(rows, ['oil', 'tax', 'gas'])
    expect(matrix.rows.map((row) => [row.topicId, row.counts.open])).toEqual([
      ['oil', 1],
      ['gas', 1],
    ])
    expect(toTopicStatusMatrix([], ['oil']).emptyReason).toBe('no-items')
  })
})

describe('toGanttRows', () => {
  const gantt = (asOf: IsoDate) => toGanttRows(dataset.targets, asOf, { topics: [], outcomes: [] })
  const row = (asOf: IsoDate, id: string) =>
    gantt(asOf)
      .groups.flatMap((group) => group.rows)
      .find((entry) => entry.target.id === id)

  it('gives the 7 December 2019 compromise and the 8 December signing their outcomes as of each date', () => {
    expect(row('2019-12-06', 'T04')?.state.outcome).toBe('pending')
    expect(row('2019-12-07', 'T04')?.state.outcome).toBe('partly-met')
    expect(row('2019-12-07', 'T05')?.state.outcome).toBe('pending')
    expect(row('2019-12-09', 'T05')).toMatchObject({ due: '2019-12-08', state: { outcome: 'missed' } })
  })

  it('lists only the deadlines already set, programme-wide ones first, each group by due date', () => {
    const data = gantt('2019-12-09')
    expect(data.groups[0]?.topicId).toBeNull()
    expect(data.groups[0]?.rows.map((entry) => entry.target.id)).toEqual([
      'T02',
      'T03',
      'T04',
      'T05',
      'T06',
      'T07',
      'T09',
    ])
    expect(data.groups.flatMap((group) => group.rows).some((entry) => entry.target.id === 'T16')).toBe(false)
    expect(data.range).toEqual({ from: '2019-01-01', to: '2028-01-01' })
    expect(gantt('2019-01-01').emptyReason).toBe('nothing-set')
  })

  it('draws roaming moved twice with each new date, and a late target with the day it was met', () => {
    expect(row('2026-03-01', 'T08')?.moves.map((date) => date.start)).toEqual(['2022-06-01', '2025-03-01'])
    expect(row('2023-01-01', 'T08')?.moves.map((date) => date.start)).toEqual(['2022-06-01'])
    expect(row('2021-09-09', 'T16')).toMatchObject({ state: { outcome: 'late' }, metOn: { start: '2021-09-09' } })
    expect(row('2021-09-08', 'T16')).toMatchObject({ state: { outcome: 'missed' }, metOn: null })
  })

  it('starts a bar at its due date when the deadline was only reported after it', () => {
    expect(row('2021-01-01', 'T10')).toMatchObject({ start: '2020-01-01', due: '2020-01-01' })
  })

  it('follows the topic and outcome filters', () => {
    const gas = toGanttRows(dataset.targets, '2026-03-01', { topics: ['gas'], outcomes: [] })
    expect(gas.groups.map((group) => group.topicId)).toEqual(['gas', 'tax'])
    const missed = toGanttRows(dataset.targets, '2019-12-09', { topics: [], outcomes: ['missed'] })
    expect(missed.groups.flatMap((group) => group.rows).map((entry) => entry.target.id)).toEqual(['T03', 'T05', 'T01'])
    expect(toGanttRows(dataset.targets, '2019-12-09', { topics: ['nuclear'], outcomes: [] }).emptyReason).toBe(
      'no-match',
    )
  })

  it('zooms to a span of years, keeping the deadlines that reach into it', () => {
    const zoomed = toGanttRows(dataset.targets, '2026-03-01', {
      topics: [],
      outcomes: [],
      years: { from: 2019, to: 2019 },
    })
    expect(zoomed.range).toEqual({ from: '2019-01-01', to: '2020-01-01' })
    const ids = zoomed.groups.flatMap((group) => group.rows).map((entry) => entry.target.id)
    expect(ids).toEqual(expect.arrayContaining(['T01', 'T04', 'T05', 'T13']))
    expect(ids).not.toContain('T16')
    expect(ids).not.toContain('T10')
    expect(ganttYears(dataset.targets)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027])
  })

  it('uses the latest met-on date among the reports known by the date', () => {
    const target = makeTarget({
      due: day('2020-01-01'),
      outcomes: [makeOutcome('2020-03-01', 'late', { metOn: day('2020-02-01') })],
    })
    const data = toGanttRows([target], '2020-03-01', { topics: [], outcomes: [] })
    expect(data.groups[0]?.rows[0]?.metOn?.start).toBe('2020-02-01')
  })
})
