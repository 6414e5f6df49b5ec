import { day, makeChange, makeCount, makeItem, makeOutcome, makeTarget } from '../testing/factories'
import { changesBetween, moveKind, tallyMoves } from './changes'

const items = [
  makeItem({ id: 'RM01', history: [makeChange('2019-09-06', 'open'), makeChange('2019-12-07', 'agreed')] }),
  makeItem({ id: 'RM02', history: [makeChange('2019-09-06', 'open'), makeChange('2019-12-20', 'agreed')] }),
  makeItem({ id: 'RM03', history: [makeChange('2019-09-06', 'open'), makeChange('2019-12-08', 'set-aside')] }),
  makeItem({ id: 'RM04', history: [makeChange('2019-11-01', 'drafting')] }),
  makeItem({ id: 'RM05', history: [makeChange('2019-09-06', 'open')] }),
  makeItem({ id: 'RM06', history: [makeChange('2019-09-06', 'drafting'), makeChange('2019-11-29', 'unattributed')] }),
  makeItem({
    id: 'RM07',
    history: [makeChange('2019-09-06', 'unattributed'), makeChange('2019-12-25', 'open')],
  }),
]

describe('what changed between two dates', () => {
  it('lists each item whose status moved, in either order of the dates', () => {
    const moves = changesBetween(items, [], [], '2019-10-01', '2019-12-31').statusMoves
    expect(moves.map((move) => [move.item.id, move.from, move.to])).toEqual([
      ['RM01', 'open', 'agreed'],
      ['RM02', 'open', 'agreed'],
      ['RM03', 'open', 'set-aside'],
    ])
    expect(changesBetween(items, [], [], '2019-12-31', '2019-10-01').statusMoves).toEqual(moves)
  })

  it('keeps changes in what is known apart from status changes', () => {
    const changes = changesBetween(items, [], [], '2019-10-01', '2019-12-31')
    expect(changes.knowledgeMoves.map((move) => [move.item.id, move.from, move.to, move.kind])).toEqual([
      ['RM04', null, 'drafting', 'became-known'],
      ['RM06', 'drafting', 'unattributed', 'stopped-reported'],
      ['RM07', 'unattributed', 'open', 'reported-again'],
    ])
    expect(changes.statusMoves.every((move) => move.kind === 'status')).toBe(true)
  })

  it.each([
    [null, 'unattributed', 'became-known'],
    [null, 'open', 'became-known'],
    ['open', 'unattributed', 'stopped-reported'],
    ['unattributed', 'agreed', 'reported-again'],
    ['open', 'agreed', 'status'],
    ['agreed', 'set-aside', 'status'],
  ] as const)('calls %s → %s a change of kind %s', (from, to, kind) => {
    expect(moveKind(from, to)).toBe(kind)
  })

  it('counts the moves by kind, most frequent first', () => {
    const moves = changesBetween(items, [], [], '2019-10-01', '2019-12-31').statusMoves
    expect(tallyMoves(moves)).toEqual([
      { from: 'open', to: 'agreed', count: 2 },
      { from: 'open', to: 'set-aside', count: 1 },
    ])
  })

  it('says nothing changed only when every list is empty, and a change in what is known counts', () => {
    expect(changesBetween([items[4] ?? makeItem()], [], [], '2019-10-01', '2019-12-31').emptyReason).toBe(
      'nothing-changed',
    )
    expect(changesBetween([items[5] ?? makeItem()], [], [], '2019-10-01', '2019-12-31').emptyReason).toBeNull()
  })
})

describe('deadlines that fell due between the dates', () => {
  const unmet = makeTarget({ id: 'UNMET', due: day('2019-12-08') })
  const missed = makeTarget({
    id: 'MISSED',
    due: day('2019-12-08'),
    outcomes: [makeOutcome('2019-12-09', 'missed'), makeOutcome('2020-06-01', 'superseded')],
  })
  const laterSet = makeTarget({ id: 'LATER', setOn: day('2020-03-01'), due: day('2019-12-31') })
  const moved = makeTarget({
    id: 'MOVED',
    due: day('2019-06-01'),
    outcomes: [makeOutcome('2019-05-01', 'moved', { movedTo: day('2019-12-15') })],
  })
  const notYet = makeTarget({ id: 'NOT-YET', due: day('2020-06-01') })

  const fellDue = (from: string, to: string) =>
    changesBetween([], [unmet, missed, laterSet, moved, notYet], [], from, to).fellDue.map(({ target, state }) => [
      target.id,
      state.outcome,
      state.daysOverdue,
      state.chain.map((record) => record.outcome),
    ])

  it('reads overdue with no result, with the steps known by the later date; lists only targets set by then', () => {
    expect(fellDue('2019-12-01', '2019-12-31')).toEqual([
      ['UNMET', 'overdue', 23, []],
      ['MISSED', 'missed', null, ['missed']],
      ['MOVED', 'overdue', 16, ['moved']],
    ])
  })

  it('lists a target once it had been set by the later date', () => {
    expect(fellDue('2019-12-01', '2020-03-01').map(([id]) => id)).toEqual(['UNMET', 'MISSED', 'LATER', 'MOVED'])
  })
})

describe('reported totals between the dates', () => {
  const counts = [
    makeCount({ id: 'C1', date: day('2019-11-29'), subject: 'roadmaps', metric: 'open', value: 11 }),
    makeCount({ id: 'C2', date: day('2019-12-20'), subject: 'roadmaps', metric: 'open', value: 3 }),
  ]

  it('compare the totals known on each date, never one reported later', () => {
    const [delta] = changesBetween([], [], counts, '2019-12-01', '2019-12-10').countDeltas
    expect(delta).toBeUndefined()
    const [moved] = changesBetween([], [], counts, '2019-12-01', '2019-12-31').countDeltas
    expect([moved?.before.map((claim) => claim.id), moved?.after.map((claim) => claim.id)]).toEqual([['C1'], ['C2']])
  })
})
