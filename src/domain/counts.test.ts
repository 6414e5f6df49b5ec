import { makeCount } from '../testing/factories'
import { day } from '../testing/factories'
import { distinctValues, latestClaims } from './counts'

describe('latestClaims', () => {
  const counts = [
    makeCount({ id: 'C1', date: day('2019-11-19'), metric: 'agreed', value: 20, qualifier: 'at-least' }),
    makeCount({ id: 'C2', date: day('2019-11-29'), metric: 'open', value: 11 }),
    makeCount({ id: 'C3', date: day('2019-12-07'), metric: 'open', value: 8 }),
    makeCount({ id: 'C4', date: day('2019-12-07'), metric: 'agreed', value: 23, confidence: 'inferred' }),
    makeCount({ id: 'C5', date: day('2019-12-07'), metric: 'agreed', value: 20 }),
  ]

  it.each([
    ['2019-11-28', null, []],
    ['2019-11-29', '2019-11-29', [11]],
    ['2019-12-06', '2019-11-29', [11]],
    ['2019-12-07', '2019-12-07', [8]],
  ] as const)('open roadmaps as of %s', (asOf, date, values) => {
    const latest = latestClaims(counts, { subject: 'roadmaps', metric: 'open' }, asOf)
    expect(latest.date).toBe(date)
    expect(latest.claims.map((claim) => claim.value)).toEqual(values)
  })

  it('returns every conflicting claim of the latest date, never one picked', () => {
    const latest = latestClaims(counts, { subject: 'roadmaps', metric: 'agreed' }, '2019-12-31')
    expect(latest.claims.map((claim) => claim.id)).toEqual(['C4', 'C5'])
    expect(distinctValues(latest.claims)).toEqual([20, 23])
  })
})
