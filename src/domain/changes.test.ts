import { makeChange, makeItem } from '../testing/factories'
import { changesBetween, tallyMoves } from './changes'

const items = [
  makeItem({ id: 'RM01', history: [makeChange('2019-09-06', 'open'), makeChange('2019-12-07', 'agreed')] }),
  makeItem({ id: 'RM02', history: [makeChange('2019-09-06', 'open'), makeChange('2019-12-20', 'agreed')] }),
  makeItem({ id: 'RM03', history: [makeChange('2019-09-06', 'open'), makeChange('2019-12-08', 'set-aside')] }),
  makeItem({ id: 'RM04', history: [makeChange('2019-11-01', 'drafting')] }),
  makeItem({ id: 'RM05', history: [makeChange('2019-09-06', 'open')] }),
]

describe('what changed between two dates', () => {
  it('lists each item whose status moved, in either order of the dates', () => {
    const moves = changesBetween(items, [], [], '2019-10-01', '2019-12-31').statusMoves
    expect(moves.map((move) => [move.item.id, move.from, move.to])).toEqual([
      ['RM01', 'open', 'agreed'],
      ['RM02', 'open', 'agreed'],
      ['RM03', 'open', 'set-aside'],
      ['RM04', null, 'drafting'],
    ])
    expect(changesBetween(items, [], [], '2019-12-31', '2019-10-01').statusMoves).toEqual(moves)
  })

  it('counts the moves by kind, most frequent first', () => {
    const moves = changesBetween(items, [], [], '2019-10-01', '2019-12-31').statusMoves
    expect(tallyMoves(moves)).toEqual([
      { from: 'open', to: 'agreed', count: 2 },
      { from: null, to: 'drafting', count: 1 },
      { from: 'open', to: 'set-aside', count: 1 },
    ])
  })
})
