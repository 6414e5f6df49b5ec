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

  it('counts a month-precision report from the last day of the month, when it has surely been made', () => {
    const item = makeItem({ history: [makeChange('2019-09-06', 'drafting'), makeChange('2019-11', 'open')] })
    expect(statusAsOf(item, '2019-11-29')?.status).toBe('drafting')
    expect(statusAsOf(item, '2019-11-30')?.status).toBe('open')
  })

  it('lets a day-dated report inside a month count before the month-dated one that precedes it in the history', () => {
    const item = makeItem({
      history: [
        makeChange('2019-09-06', 'drafting'),
        makeChange('2019-11', 'open'),
        makeChange('2019-11-19', 'agreed'),
      ],
    })
    expect(statusAsOf(item, '2019-11-20')?.status).toBe('agreed')
  })

  it('lists the people who made claims once each', () => {
    expect(claimantIds(electricity)).toEqual(['semashko'])
  })
})
