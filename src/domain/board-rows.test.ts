import { day, makeChange, makeItem, makeOutcome, makeTarget, NO_RECORDS } from '../testing/factories'
import { text } from '../testing/text'
import {
  boardEmptyReason,
  columnsByStatus,
  firstListed,
  indexTargetsByItem,
  splitByTitle,
  toBoardRow,
  type BoardRow,
} from './board-rows'
import { countInSet, factsAsOf } from './filters'
import type { IsoDate, Item, Target } from './types'

/** The board's rows for these items on the date, in their order, as the board builds them one by one. */
const rowsOf = (items: readonly Item[], targetsByItem: ReadonlyMap<string, readonly Target[]>, asOf: IsoDate) =>
  items.map((item) => toBoardRow(item, NO_RECORDS, targetsByItem, asOf)).filter((row): row is BoardRow => row !== null)

const gas = makeItem({
  id: 'RM03',
  title: text('Gas'),
  history: [makeChange('2019-09-06', 'drafting'), makeChange('2019-11-13', 'open'), makeChange('2019-12-25', 'open')],
})
const hidden = makeItem({ id: 'RM22', title: null, titleStatus: 'not-public' })
const programme = makeItem({ id: 'UP01', set: 'programmes', history: [makeChange('2021-06-10', 'unattributed')] })
const draft = makeTarget({
  id: 'T02',
  setOn: day('2019-09-06'),
  due: day('2019-11-01'),
  appliesTo: ['RM03', 'RM22'],
  outcomes: [makeOutcome('2019-11-19', 'partly-met')],
})
const signing = makeTarget({
  id: 'T05',
  setOn: day('2019-09-06'),
  due: day('2019-12-08'),
  appliesTo: ['RM03'],
  outcomes: [makeOutcome('2019-12-08', 'missed')],
})
const later = makeTarget({ id: 'T11', setOn: day('2020-01-01'), due: day('2021-04-01'), appliesTo: ['RM03'] })
const index = indexTargetsByItem([draft, signing, later])

describe('toBoardRow', () => {
  it.each([
    // date, status, change date, last deadline (outcome), next deadline (outcome)
    ['2019-10-01', 'drafting', '2019-09-06', null, ['T02', 'pending']],
    ['2019-11-15', 'open', '2019-11-13', ['T02', 'overdue'], ['T05', 'pending']],
    ['2019-11-20', 'open', '2019-11-13', ['T02', 'partly-met'], ['T05', 'pending']],
    ['2019-12-09', 'open', '2019-11-13', ['T05', 'missed'], null],
    ['2020-02-01', 'open', '2019-12-25', ['T05', 'missed'], ['T11', 'pending']],
  ] as const)('as of %s: %s since %s, last %o, next %o', (asOf, status, changed, last, next) => {
    const row = toBoardRow(gas, NO_RECORDS, index, asOf)
    expect(row?.status).toBe(status)
    expect(row?.change.date.start).toBe(changed)
    expect(row?.last ? [row.last.target.id, row.last.state.outcome] : null).toEqual(last)
    expect(row?.next ? [row.next.target.id, row.next.state.outcome] : null).toEqual(next)
  })

  it('is null before the item was listed', () => {
    expect(toBoardRow(gas, NO_RECORDS, index, '2019-09-05')).toBeNull()
  })
})

describe('board rows and splitByTitle', () => {
  it('keeps the given order and puts never-published titles in their own group', () => {
    const rows = rowsOf([hidden, gas], index, '2019-12-01')
    expect(rows.map((row) => row.item.id)).toEqual(['RM22', 'RM03'])
    const { titled, untitled } = splitByTitle(rows)
    expect(titled.map((row) => row.item.id)).toEqual(['RM03'])
    expect(untitled.map((row) => row.item.id)).toEqual(['RM22'])
  })

  it('drops items not yet listed on the date', () => {
    expect(rowsOf([gas, programme], index, '2020-01-01').map((row) => row.item.id)).toEqual(['RM03'])
  })
})

describe('how many are listed, firstListed and boardEmptyReason', () => {
  const items = [gas, hidden, programme]

  it.each([
    ['roadmaps', '2019-09-05', 0],
    ['roadmaps', '2019-09-06', 2],
    ['programmes', '2021-06-09', 0],
    ['programmes', '2021-06-10', 1],
  ] as const)('%s listed by %s: %i', (set, asOf, expected) => {
    expect(countInSet(factsAsOf(items, [], asOf), set)).toBe(expected)
  })

  it('finds when a set begins', () => {
    expect(firstListed(items, 'programmes')).toBe('2021-06-10')
    expect(firstListed([gas], 'programmes')).toBeNull()
  })

  it.each([
    [0, 0, 'not-yet-listed'],
    [31, 0, 'no-match'],
    [31, 4, null],
  ] as const)('listed %i, shown %i: %s', (listed, shown, reason) => {
    expect(boardEmptyReason(listed, shown)).toBe(reason)
  })
})

describe('columnsByStatus', () => {
  it('makes one column per status in vocabulary order, never-published titles apart in each', () => {
    const agreed = makeItem({ id: 'RM05', history: [makeChange('2019-12-07', 'agreed')] })
    const rows = rowsOf([agreed, hidden, gas], index, '2019-12-31')
    expect(
      columnsByStatus(rows).map((column) => [
        column.status,
        column.titled.map((row) => row.item.id),
        column.untitled.map((row) => row.item.id),
      ]),
    ).toEqual([
      ['drafting', [], ['RM22']],
      ['open', ['RM03'], []],
      ['agreed', ['RM05'], []],
    ])
  })
})
