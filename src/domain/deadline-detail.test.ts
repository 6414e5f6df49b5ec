import { day, makeItem, makeOutcome, makeTarget } from '../testing/factories'
import { deadlineDetail } from './deadline-detail'

describe('deadlineDetail', () => {
  const gas = makeItem({ id: 'RM03' })
  const dataset = { itemsById: new Map([[gas.id, gas]]) }
  const tax = makeTarget({
    setOn: day('2019-09-16'),
    due: day('2021-04-01'),
    appliesTo: ['RM03'],
    outcomes: [makeOutcome('2021-04-02', 'missed'), makeOutcome('2022-10-03', 'superseded')],
  })

  it('gives the chain known by the date and counts the reports after it', () => {
    const detail = deadlineDetail(dataset, tax, '2022-01-01')
    expect(detail.known).toBe(true)
    expect(detail.state.outcome).toBe('missed')
    expect(detail.state.chain.map((record) => record.outcome)).toEqual(['missed'])
    expect(detail.laterReports).toBe(1)
    expect(detail.scope).toEqual({ kind: 'items', items: [gas] })
  })

  it('says a deadline not yet set by the date is not known', () => {
    expect(deadlineDetail(dataset, tax, '2019-09-01').known).toBe(false)
  })

  it('gives a target naming no item the whole programme of its cycle', () => {
    const signing = makeTarget({ cycle: '2019-roadmaps' })
    expect(deadlineDetail(dataset, signing, '2019-12-31').scope).toEqual({ kind: 'programme', set: 'roadmaps' })
  })
})
