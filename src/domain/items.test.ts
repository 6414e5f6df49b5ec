import { makeChange, makeItem } from '../testing/factories'
import { text } from '../testing/text'
import { claimantIds, statusAsOf } from './items'

describe('statusAsOf', () => {
  const electricity = makeItem({
    history: [
      makeChange('2019-09-06', 'drafting'),
      makeChange('2019-11-13', 'open', { confidence: 'inferred' }),
      makeChange('2019-12-07', 'agreed', { claimant: { personId: 'semashko', label: text('Semashko') } }),
      makeChange('2021-09-10', 'superseded'),
    ],
  })

  it.each([
    ['2019-09-05', null],
    ['2019-09-06', 'drafting'],
    ['2019-12-06', 'open'],
    ['2019-12-07', 'agreed'],
    ['2021-09-09', 'agreed'],
    ['2021-09-10', 'superseded'],
  ] as const)('as of %s is %s', (asOf, expected) => {
    expect(statusAsOf(electricity, asOf)?.status ?? null).toBe(expected)
  })

  it('counts a month-precision report from the first of the month', () => {
    const item = makeItem({ history: [makeChange('2019-09-06', 'drafting'), makeChange('2019-11', 'open')] })
    expect(statusAsOf(item, '2019-10-31')?.status).toBe('drafting')
    expect(statusAsOf(item, '2019-11-01')?.status).toBe('open')
  })

  it('lists the people who made claims once each', () => {
    expect(claimantIds(electricity)).toEqual(['semashko'])
  })
})
