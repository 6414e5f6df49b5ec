import { day, makeOutcome, makeTarget } from '../testing/factories'
import {
  isProgrammeWide,
  outcomeAsOf,
  outcomeSources,
  programmeDeadlines,
  surroundingDeadlines,
  targetsForItem,
} from './deadlines'

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

  it('is overdue once due with nothing reported, counting the days, and pending before', () => {
    const target = makeTarget({ due: day('2023') })
    expect(outcomeAsOf(target, '2023-12-31')).toMatchObject({ outcome: 'pending', daysOverdue: null })
    expect(outcomeAsOf(target, '2024-01-01')).toMatchObject({ outcome: 'overdue', daysOverdue: 1 })
    expect(outcomeAsOf(target, '2024-12-31')).toMatchObject({ outcome: 'overdue', daysOverdue: 366 })
  })

  it.each([
    ['a report of work in progress', 'pending'],
    ['a report that no result was found', 'unknown'],
  ] as const)('stays overdue after %s', (_, outcome) => {
    const target = makeTarget({ due: day('2021'), outcomes: [makeOutcome('2025-09-16', outcome)] })
    const state = outcomeAsOf(target, '2026-01-01')
    expect(state.outcome).toBe('overdue')
    expect(state.chain.map((record) => record.outcome)).toEqual([outcome])
  })

  it('keeps a miss when a later report says work goes on, and lists both steps', () => {
    const gas = makeTarget({
      due: day('2023-12-01'),
      outcomes: [makeOutcome('2023-12-01', 'missed'), makeOutcome('2025-09-16', 'pending')],
    })
    const state = outcomeAsOf(gas, '2026-02-26')
    expect(state.outcome).toBe('missed')
    expect(state.chain.map((record) => record.outcome)).toEqual(['missed', 'pending'])
  })

  it('re-arms a moved deadline at its new date: moved until then, overdue after', () => {
    const target = makeTarget({
      due: day('2020-06-01'),
      outcomes: [
        makeOutcome('2020-06-01', 'missed'),
        makeOutcome('2022-04-01', 'moved', { movedTo: day('2022-07-01') }),
      ],
    })
    expect(outcomeAsOf(target, '2022-07-01')).toMatchObject({ outcome: 'moved', due: '2022-07-01' })
    expect(outcomeAsOf(target, '2022-07-11')).toMatchObject({ outcome: 'overdue', due: '2022-07-01', daysOverdue: 10 })
  })

  it('leaves a deadline moved to no given date open-ended, not overdue', () => {
    const target = makeTarget({ due: day('2021'), outcomes: [makeOutcome('2021-06-01', 'moved')] })
    expect(outcomeAsOf(target, '2026-01-01').outcome).toBe('moved')
  })

  it('shows only the steps reported by the date', () => {
    const tax = makeTarget({
      due: day('2021-04-01'),
      outcomes: [makeOutcome('2021-04-02', 'missed'), makeOutcome('2022-10-03', 'superseded')],
    })
    expect(outcomeAsOf(tax, '2021-04-01').chain).toEqual([])
    expect(outcomeAsOf(tax, '2022-01-01').chain.map((record) => record.outcome)).toEqual(['missed'])
    expect(outcomeAsOf(tax, '2023-01-01')).toMatchObject({ outcome: 'superseded' })
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
    expect(outcomeAsOf(target, '2022-08-01').outcome).toBe('overdue')
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

describe('programme-wide deadlines', () => {
  const targets = [
    makeTarget({ id: 'SIGN', cycle: '2019-roadmaps', due: day('2019-12-08') }),
    makeTarget({ id: 'TAX', cycle: '2019-roadmaps', due: day('2021-04-01'), appliesTo: ['RM01'] }),
    makeTarget({ id: 'PROG', cycle: '2021-programmes', setOn: day('2021-09-10'), due: day('2023') }),
    makeTarget({ id: 'EARLY', cycle: '2019-roadmaps', due: day('2019-11-01') }),
  ]

  it('are the targets naming no item, for the set of their cycle, once set, earliest due first', () => {
    expect(programmeDeadlines(targets, 'roadmaps', '2019-12-01').map((target) => target.id)).toEqual(['EARLY', 'SIGN'])
    expect(programmeDeadlines(targets, 'programmes', '2021-01-01')).toEqual([])
    expect(programmeDeadlines(targets, 'programmes', '2021-09-10').map((target) => target.id)).toEqual(['PROG'])
  })

  it('are not an item’s own deadlines', () => {
    expect(targetsForItem(targets, 'RM01').map((target) => target.id)).toEqual(['TAX'])
    expect(targets.map(isProgrammeWide)).toEqual([true, false, true, true])
  })
})
