import { day, makeChange, makeCount, makeOutcome, makeTarget } from '../testing/factories'
import { contradictionsKnownAt } from './contradictions'

describe('contradictionsKnownAt', () => {
  const gasTarget = makeTarget({ id: 'T21', due: day('2022-07'), outcomes: [makeOutcome('2022-12-16', 'missed')] })
  const dataset = {
    counts: [makeCount({ id: 'C15', date: day('2019-12-25') })],
    events: [],
    targetsById: new Map([[gasTarget.id, gasTarget]]),
  }
  const change = makeChange('2019-12-20', 'open', { contradicts: ['C15', 'T21', 'E99'] })

  it.each([
    ['2019-12-24', []],
    ['2019-12-25', ['C15']],
    ['2022-12-16', ['C15', 'T21']],
  ] as const)('as of %s lists %o', (asOf, expected) => {
    expect(contradictionsKnownAt(change, dataset, asOf)).toEqual(expected)
  })
})
