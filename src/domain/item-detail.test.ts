import { day, makeChange, makeCount, makeItem, makeOutcome, makeTarget } from '../testing/factories'
import { text } from '../testing/text'
import { itemDetail, itemSourceIds, positionsBySide } from './item-detail'
import type { Position } from './types'

const position = (side: Position['side'], date: string, sources: string[]): Position => ({
  side,
  date: day(date),
  claimant: { personId: null, label: text(side) },
  summary: text(`${side} position`),
  sources,
})

const gas = makeItem({
  id: 'RM03',
  sources: ['S09'],
  history: [
    makeChange('2019-09-06', 'drafting', { sources: ['S09', 'S10'] }),
    makeChange('2019-12-25', 'open', { sources: ['SD3'] }),
    makeChange('2021-09-10', 'superseded', { sources: ['S59'] }),
  ],
  positions: [
    position('BY', '2019-11-17', ['S17']),
    position('RU', '2019-11', ['S18']),
    position('BY', '2020-04-03', ['S32']),
  ],
})
const signing = makeTarget({
  id: 'T05',
  due: day('2019-12-08'),
  appliesTo: ['RM03'],
  outcomes: [makeOutcome('2019-12-08', 'missed')],
})
const draft = makeTarget({ id: 'T02', due: day('2019-11-01'), appliesTo: ['RM03'] })
const taxCode = makeTarget({ id: 'T11', setOn: day('2020-01-01'), due: day('2021-04-01'), appliesTo: ['RM03'] })
const other = makeTarget({ id: 'T08', appliesTo: ['RM07'] })

describe('itemDetail', () => {
  const detail = itemDetail(
    { items: [gas], targets: [signing, draft, taxCode, other], counts: [makeCount({ subject: 'programmes' })] },
    gas,
    '2019-12-31',
  )

  it('shows reports up to the date and counts the later ones', () => {
    expect(detail.history.map((change) => change.status)).toEqual(['drafting', 'open'])
    expect(detail.laterReports).toBe(1)
  })

  it('lists targets already set, earliest due first, with their outcome on the date', () => {
    expect(detail.targets.map(({ target, state }) => [target.id, state.outcome])).toEqual([
      ['T02', 'overdue'],
      ['T05', 'missed'],
    ])
  })

  it('has no conflicts when no count claim bears on the set', () => {
    expect(detail.conflicts).toEqual([])
  })
})

describe('positionsBySide', () => {
  it('splits positions by side and leaves out those after the date', () => {
    const sides = positionsBySide(gas.positions, '2019-12-31')
    expect(sides.BY.map((p) => p.date.value)).toEqual(['2019-11-17'])
    expect(sides.RU.map((p) => p.date.value)).toEqual(['2019-11'])
  })
})

describe('itemSourceIds', () => {
  it('gathers every cited source once, in first-cited order', () => {
    expect(itemSourceIds(gas)).toEqual(['S09', 'S10', 'SD3', 'S59', 'S17', 'S18', 'S32'])
  })
})
