import { text } from '../testing/text'
import { day, makeChange, NO_RECORDS, makeItem, makeTarget } from '../testing/factories'
import { toBoardRow, type BoardRow } from './board-rows'
import { sortRows, type RowSort } from './sort'

const ASOF = '2019-12-01'
const row = (id: string, title: string | null, change: [string, Parameters<typeof makeChange>[1]], due?: string) => {
  const item = makeItem({
    id,
    title: title === null ? null : text(title),
    titleStatus: title ? 'reported' : 'not-public',
    history: [makeChange(...change)],
  })
  const targets = due ? [makeTarget({ id: `T-${id}`, due: day(due), setOn: day('2019-09-06'), appliesTo: [id] })] : []
  const result = toBoardRow(item, NO_RECORDS, new Map([[id, targets]]), ASOF)
  if (!result) throw new Error(`${id} is not listed by ${ASOF}`)
  return result
}

const rows: readonly BoardRow[] = [
  row('RM10', 'Oil', ['2019-11-13', 'open'], '2019-12-08'),
  row('RM2', 'agriculture', ['2019-11', 'agreed']),
  row('RM3', null, ['2019-09-06', 'drafting'], '2019-11-01'),
  row('RM1', 'Gas', ['2019-11-13', 'open'], '2019-12-08'),
]
const order = (sort: RowSort) => sortRows(rows, sort, 'en').map((r) => r.item.id)

describe('sortRows', () => {
  it.each([
    [{ field: 'id', descending: false }, ['RM1', 'RM2', 'RM3', 'RM10']],
    [{ field: 'id', descending: true }, ['RM10', 'RM3', 'RM2', 'RM1']],
    // Case-insensitive; a title that was never published goes last either way.
    [{ field: 'title', descending: false }, ['RM2', 'RM1', 'RM10', 'RM3']],
    [{ field: 'title', descending: true }, ['RM10', 'RM1', 'RM2', 'RM3']],
    // Vocabulary order (drafting, open, agreed), ties by id.
    [{ field: 'status', descending: false }, ['RM3', 'RM1', 'RM10', 'RM2']],
    [{ field: 'status', descending: true }, ['RM2', 'RM1', 'RM10', 'RM3']],
    [{ field: 'changed', descending: false }, ['RM3', 'RM2', 'RM1', 'RM10']],
    [{ field: 'changed', descending: true }, ['RM1', 'RM10', 'RM2', 'RM3']],
    // Next deadline ahead (8 Dec) or last one passed (1 Nov); no deadline last either way.
    [{ field: 'deadline', descending: false }, ['RM3', 'RM1', 'RM10', 'RM2']],
    [{ field: 'deadline', descending: true }, ['RM1', 'RM10', 'RM3', 'RM2']],
  ] as const)('%o gives %o', (sort, expected) => {
    expect(order(sort)).toEqual(expected)
  })

  it('gives back rows already in order as they are, without sorting a copy', () => {
    const byId = { field: 'id', descending: false } as const
    const sorted = sortRows(rows, byId, 'en')
    expect(sortRows(sorted, byId, 'en')).toBe(sorted)
    expect(sortRows(sorted, { field: 'id', descending: true }, 'en').map((r) => r.item.id)).toEqual([
      'RM10',
      'RM3',
      'RM2',
      'RM1',
    ])
  })

  it('returns a new array and leaves its input alone', () => {
    const before = rows.map((r) => r.item.id)
    expect(sortRows(rows, { field: 'title', descending: false }, 'en')).not.toBe(rows)
    expect(rows.map((r) => r.item.id)).toEqual(before)
  })
})
