import { day, makeOutcome, makeTarget } from '../testing/factories'
import { outcomeAsOf, outcomeSources, surroundingDeadlines } from './deadlines'

describe('outcomeAsOf', () => {
  const signing = makeTarget({
    id: 'T05',
    due: day('2019-12-08'),
    outcomes: [makeOutcome('2019-12-08', 'missed')],
  })

  it.each([
    ['2019-12-07', 'pending'],
    ['2019-12-08', 'missed'],
    ['2026-11-25', 'missed'],
  ] as const)('signing as of %s is %s', (asOf, expected) => {
    expect(outcomeAsOf(signing, asOf).outcome).toBe(expected)
  })

  it('is unknown once due with nothing reported, pending before', () => {
    const target = makeTarget({ due: day('2023') })
    expect(outcomeAsOf(target, '2023-12-31').outcome).toBe('pending')
    expect(outcomeAsOf(target, '2024-01-01').outcome).toBe('unknown')
  })

  it('follows a target through missed, moved and moved again', () => {
    const roaming = makeTarget({
      due: day('2020-06-01'),
      outcomes: [
        makeOutcome('2020-06-01', 'missed'),
        makeOutcome('2022-04-01', 'moved', { movedTo: day('2022-06-01') }),
        makeOutcome('2024-11-05', 'moved', { movedTo: day('2025-03-01') }),
      ],
    })
    expect(outcomeAsOf(roaming, '2021-01-01').outcome).toBe('missed')
    expect(outcomeAsOf(roaming, '2023-01-01').record?.movedTo?.start).toBe('2022-06-01')
    expect(outcomeAsOf(roaming, '2025-01-01').record?.movedTo?.start).toBe('2025-03-01')
  })

  it.each([
    ['2022-12-31', 'pending'],
    ['2023-01-01', 'missed'],
  ] as const)('a miss reported only to the due year counts once the year is over (as of %s: %s)', (asOf, expected) => {
    const confederacy = makeTarget({ due: day('2022'), outcomes: [makeOutcome('2022', 'missed')] })
    expect(outcomeAsOf(confederacy, asOf).outcome).toBe(expected)
  })

  it('a target superseded before its due date shows so at once', () => {
    const agreement = makeTarget({ due: day('2022-01'), outcomes: [makeOutcome('2021-11-04', 'superseded')] })
    expect(outcomeAsOf(agreement, '2021-11-04').outcome).toBe('superseded')
  })

  it('a month-precision deadline falls due at the end of the month', () => {
    const target = makeTarget({ due: day('2022-07') })
    expect(outcomeAsOf(target, '2022-07-31').outcome).toBe('pending')
    expect(outcomeAsOf(target, '2022-08-01').outcome).toBe('unknown')
  })
})

describe('outcomeSources', () => {
  const target = makeTarget({
    due: day('2021-04-01'),
    sources: ['S10'],
    outcomes: [makeOutcome('2021-04-01', 'missed', { sources: ['S20', 'S21'] })],
  })

  it('cites the report once there is one, and the target itself before', () => {
    expect(outcomeSources(target, outcomeAsOf(target, '2021-05-01'))).toEqual(['S20', 'S21'])
    expect(outcomeSources(target, outcomeAsOf(target, '2021-03-01'))).toEqual(['S10'])
  })
})

describe('surroundingDeadlines', () => {
  const targets = [
    makeTarget({ id: 'A', due: day('2019-11-01') }),
    makeTarget({ id: 'B', due: day('2019-12-07') }),
    makeTarget({ id: 'C', due: day('2019-12-08') }),
    makeTarget({ id: 'D', setOn: day('2020-06-04'), due: day('2022-01-01') }),
  ]
  it('finds the last passed and next coming deadline, ignoring ones not yet set', () => {
    const { last, next } = surroundingDeadlines(targets, '2019-12-07')
    expect(last?.id).toBe('A')
    expect(next?.id).toBe('B')
    expect(surroundingDeadlines(targets, '2020-01-01').next).toBeNull()
  })
})
