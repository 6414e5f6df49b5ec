// Series builders on small fixtures: each rule of the status charts and the deadline Gantt, stated on records
// whose figures the test itself sets. The real data's figures are checked in src/data/bundled-data.test.ts.
import { makeItem, makeChange, makeTarget, makeOutcome, day } from '../testing/factories'
import { applyFilters } from '../testing/filter-oracles'
import { ganttYears, statusSourceIds, toGanttRows, toStatusSeries, toTopicStatusMatrix } from './chart-series'
import { NO_FILTERS, type Filters } from './filters'
import type { IsoDate, Item } from './types'
import type { Status } from './vocabulary'

/** A roadmap listed on 6 Sept 2019 (source S09) that takes `status` on 7 Dec 2019 from `source`. */
const roadmap = (id: string, topics: string[], status: Status, source = 'S24'): Item =>
  makeItem({
    id,
    topics,
    history: [
      makeChange('2019-09-06', 'drafting', { sources: ['S09'] }),
      ...(status === 'drafting' ? [] : [makeChange('2019-12-07', status, { sources: [source] })]),
    ],
  })

/** A programme approved on 4 Nov 2021 and reported completed on 29 Jan 2024. */
const programme = (id: string): Item =>
  makeItem({
    id,
    set: 'programmes',
    history: [makeChange('2021-11-04', 'approved'), makeChange('2024-01-29', 'completed')],
  })

const ITEMS = [
  roadmap('RM01', ['gas', 'oil'], 'open'),
  roadmap('RM02', ['tax'], 'open', 'S26'),
  roadmap('RM03', ['tax'], 'open'),
  roadmap('RM04', ['electricity'], 'agreed'),
  roadmap('RM05', ['trade'], 'unattributed'),
  roadmap('RM06', [], 'unattributed'),
  roadmap('RM07', [], 'drafting'),
  programme('UP01'),
  programme('UP02'),
]

const roadmaps: Filters = { set: 'roadmaps', ...NO_FILTERS }
const rowsAsOf = (asOf: IsoDate, filters: Filters = roadmaps) =>
  applyFilters(ITEMS, filters, { targets: [], searchIndex: new Map(), asOf })
const slices = (asOf: IsoDate, filters?: Filters) =>
  toStatusSeries(rowsAsOf(asOf, filters)).slices.map((slice) => [slice.status, slice.count])

describe('toStatusSeries', () => {
  it.each([
    ['2019-09-05', []],
    ['2019-09-06', [['drafting', 7]]],
    [
      '2019-12-07',
      [
        ['drafting', 1],
        ['open', 3],
        ['agreed', 1],
        ['unattributed', 2],
      ],
    ],
  ])('counts the roadmaps listed by %s by status, in the vocabulary’s order', (asOf, expected) => {
    expect(slices(asOf)).toEqual(expected)
  })

  it('counts the chosen set: the programmes approved, then reported completed', () => {
    const programmes: Filters = { ...roadmaps, set: 'programmes' }
    expect(slices('2021-11-04', programmes)).toEqual([['approved', 2]])
    expect(slices('2024-02-01', programmes)).toEqual([['completed', 2]])
  })

  it('says why it is empty and totals the slices', () => {
    expect(toStatusSeries(rowsAsOf('2019-01-01'))).toEqual({ slices: [], total: 0, emptyReason: 'no-items' })
    expect(toStatusSeries(rowsAsOf('2019-12-07')).total).toBe(7)
  })

  it('follows the filters, so the chart and the board agree, counting an item with two chosen topics once', () => {
    expect(slices('2019-12-07', { ...roadmaps, topics: ['oil', 'gas'] })).toEqual([['open', 1]])
  })

  it('names the sources of every status it counts, once each, in first-seen order', () => {
    expect(statusSourceIds(rowsAsOf('2019-12-07'), '2019-12-07')).toEqual(['S24', 'S26', 'S09'])
  })
})

describe('toTopicStatusMatrix', () => {
  it('crosses topics with statuses, leaving untagged items out of the rows and columns but counted', () => {
    const matrix = toTopicStatusMatrix(rowsAsOf('2019-12-07'), ['gas', 'oil', 'tax', 'electricity', 'trade', 'nuclear'])
    const row = (topicId: string) => matrix.rows.find((entry) => entry.topicId === topicId)
    // RM07, untagged, is the only one drafting: no column for it.
    expect(matrix.statuses).toEqual(['open', 'agreed', 'unattributed'])
    expect(row('gas')?.counts.open).toBe(1)
    expect(row('electricity')?.counts.agreed).toBe(1)
    expect(row('tax')).toMatchObject({ total: 2, counts: { open: 2 } })
    expect(row('trade')).toMatchObject({ total: 1, counts: { unattributed: 1 } })
    expect(row('nuclear')).toBeUndefined()
    expect(matrix.untagged).toBe(2)
    expect(matrix.max).toBe(2)
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
  // Set on 6 Sept 2019 unless said otherwise; no topic means the whole programme.
  const TARGETS = [
    makeTarget({ id: 'T03', due: day('2019-11-01'), outcomes: [makeOutcome('2019-11-02', 'missed')] }),
    makeTarget({ id: 'T04', due: day('2019-12-07'), outcomes: [makeOutcome('2019-12-07', 'partly-met')] }),
    makeTarget({ id: 'T05', due: day('2019-12-08'), outcomes: [makeOutcome('2019-12-08', 'missed')] }),
    makeTarget({ id: 'T02', due: day('2019-12-08') }),
    makeTarget({
      id: 'T01',
      topics: ['gas'],
      due: day('2019-12-01'),
      outcomes: [makeOutcome('2019-12-02', 'missed')],
    }),
    makeTarget({ id: 'T06', topics: ['tax', 'gas'], due: day('2019-11-15') }),
    makeTarget({
      id: 'T08',
      topics: ['roaming'],
      due: day('2020-07-01'),
      outcomes: [
        makeOutcome('2020-07-01', 'moved', { movedTo: day('2022-06-01') }),
        makeOutcome('2024-11-05', 'moved', { movedTo: day('2025-03-01') }),
      ],
    }),
    // Only reported (set) after the day it fell due.
    makeTarget({ id: 'T10', setOn: day('2020-06-01'), due: day('2020-01-01') }),
    makeTarget({
      id: 'T16',
      setOn: day('2021-01-15'),
      due: day('2021-06-30'),
      outcomes: [makeOutcome('2021-07-01', 'missed'), makeOutcome('2021-09-09', 'late', { metOn: day('2021-09-09') })],
    }),
  ]
  const ALL = { topics: [], outcomes: [] }
  const gantt = (asOf: IsoDate) => toGanttRows(TARGETS, asOf, ALL)
  const row = (asOf: IsoDate, id: string) =>
    gantt(asOf)
      .groups.flatMap((group) => group.rows)
      .find((entry) => entry.target.id === id)
  const ids = (data: ReturnType<typeof gantt>) => data.groups.flatMap((group) => group.rows).map((e) => e.target.id)

  it('gives each deadline its outcome as of the date', () => {
    expect(row('2019-12-06', 'T04')?.state.outcome).toBe('pending')
    expect(row('2019-12-07', 'T04')?.state.outcome).toBe('partly-met')
    expect(row('2019-12-07', 'T05')?.state.outcome).toBe('pending')
    expect(row('2019-12-09', 'T05')).toMatchObject({ due: '2019-12-08', state: { outcome: 'missed' } })
  })

  it('lists only the deadlines already set, programme-wide ones first, then topics by their earliest deadline', () => {
    const data = gantt('2019-12-09')
    // Each group by due date, a tie by id; a deadline on two topics goes under its first.
    expect(data.groups.map((group) => [group.topicId, group.rows.map((entry) => entry.target.id)])).toEqual([
      [null, ['T03', 'T04', 'T02', 'T05']],
      ['tax', ['T06']],
      ['gas', ['T01']],
      ['roaming', ['T08']],
    ])
    // The axis spans every year with a deadline, a moved date included, whatever the date.
    expect(data.range).toEqual({ from: '2019-01-01', to: '2026-01-01' })
    expect(gantt('2019-01-01').emptyReason).toBe('nothing-set')
  })

  it('draws a deadline moved twice with each new date as known, and a late target with the day it was met', () => {
    expect(row('2026-03-01', 'T08')?.moves.map((date) => date.start)).toEqual(['2022-06-01', '2025-03-01'])
    expect(row('2023-01-01', 'T08')?.moves.map((date) => date.start)).toEqual(['2022-06-01'])
    expect(row('2021-09-09', 'T16')).toMatchObject({ state: { outcome: 'late' }, metOn: { start: '2021-09-09' } })
    expect(row('2021-09-08', 'T16')).toMatchObject({ state: { outcome: 'missed' }, metOn: null })
  })

  it('starts a bar at its due date when the deadline was only reported after it', () => {
    expect(row('2021-01-01', 'T10')).toMatchObject({ start: '2020-01-01', due: '2020-01-01' })
  })

  it('follows the topic and outcome filters', () => {
    const gas = toGanttRows(TARGETS, '2026-03-01', { topics: ['gas'], outcomes: [] })
    expect(gas.groups.map((group) => group.topicId)).toEqual(['tax', 'gas'])
    const missed = toGanttRows(TARGETS, '2019-12-09', { topics: [], outcomes: ['missed'] })
    expect(ids(missed)).toEqual(['T03', 'T05', 'T01'])
    expect(toGanttRows(TARGETS, '2019-12-09', { topics: ['nuclear'], outcomes: [] }).emptyReason).toBe('no-match')
  })

  it('zooms to a span of years, keeping the deadlines that reach into it', () => {
    const in2019 = toGanttRows(TARGETS, '2026-03-01', { ...ALL, years: { from: 2019, to: 2019 } })
    expect(in2019.range).toEqual({ from: '2019-01-01', to: '2020-01-01' })
    expect([...ids(in2019)].sort()).toEqual(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T08'])
    // T08 was set in 2019 and moved into 2025; T03 and T10 ended before 2021.
    const in2021 = toGanttRows(TARGETS, '2026-03-01', { ...ALL, years: { from: 2021, to: 2021 } })
    expect(ids(in2021)).toEqual(['T16', 'T08'])
    expect(ganttYears(TARGETS)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025])
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
