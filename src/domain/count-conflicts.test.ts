import { text } from '../testing/text'
import { day, makeChange, makeCount, makeItem } from '../testing/factories'
import { allowedBy, countConflictsForItem, currentReport, groupByReport } from './count-conflicts'

const open = (id: string, date: string, claimant = 'Krutoy') =>
  makeItem({
    id,
    history: [
      makeChange('2019-09-06', 'drafting'),
      makeChange(date, 'open', { claimant: { personId: null, label: text(claimant) } }),
    ],
  })
const tax = open('RM01', '2019-12-25')
const oil = open('RM02', '2019-12-25')
const gas = open('RM03', '2019-12-25')
const electricity = makeItem({
  id: 'RM04',
  history: [makeChange('2019-09-06', 'drafting'), makeChange('2019-12-07', 'agreed')],
})
const items = [tax, oil, gas, electricity]

describe('allowedBy', () => {
  it.each([
    // metric, value, of, qualifier, reading, allowed
    ['agreed', 30, 31, 'exact', 'open', 1],
    ['agreed', 28.5, 30, 'exact', 'open', 2],
    ['agreed', 20, 31, 'at-least', 'open', 11],
    ['agreed', 30, 31, 'about', 'open', null],
    ['agreed', 30, null, 'exact', 'open', null],
    ['open', 8, 31, 'exact', 'open', 8],
    ['open', 8, 31, 'at-least', 'open', null],
    ['agreed', 28.5, 30, 'exact', 'agreed', 28],
    ['agreed', 23, 31, 'at-least', 'agreed', null],
    ['open', 1, 30, 'exact', 'agreed', 29],
    ['total', 31, null, 'exact', 'open', null],
  ] as const)('%s %d of %s (%s) allows %s: %s', (metric, value, of, qualifier, reading, allowed) => {
    expect(allowedBy(makeCount({ metric, value, of, qualifier }), reading)).toBe(allowed)
  })
})

describe('currentReport', () => {
  it.each([
    ['2019-12-25', '2019-12-31', '2019-12-25'],
    // The claim is older than the report: the report in force then is the drafting one, months old.
    ['2019-12-20', '2019-12-31', null],
    // A report made after the chosen date is not known yet.
    ['2019-12-25', '2019-12-24', null],
  ] as const)('claim on %s seen on %s: %s', (claimDate, asOf, expected) => {
    expect(currentReport(gas, day(claimDate), asOf, 31)?.date.start ?? null).toBe(expected)
  })

  it('reads a month-precision claim up to the end of the month', () => {
    expect(currentReport(gas, day('2019-12'), '2020-06-01', 31)?.date.start).toBe('2019-12-25')
  })
})

describe('countConflictsForItem', () => {
  const peskov = makeCount({ id: 'C15', date: day('2019-12-25'), metric: 'agreed', value: 30, of: 31 })
  const oreshkin = makeCount({ id: 'C14', date: day('2019-12-20'), metric: 'agreed', value: 28, of: 31 })
  const semashko = makeCount({ id: 'C12', date: day('2019-12-07'), metric: 'agreed', value: 0, of: 31 })
  const programmes = makeCount({ id: 'C30', date: day('2019-12-25'), subject: 'programmes', value: 0, of: 28 })
  const counts = [semashko, oreshkin, peskov, programmes]

  it('finds the claim that leaves room for one open map while three were reported open', () => {
    const conflicts = countConflictsForItem(gas, items, counts, '2019-12-31')
    expect(conflicts.map((c) => [c.claim.id, c.reading, c.reported, c.allowed, c.change.date.start])).toEqual([
      ['C15', 'open', 3, 1, '2019-12-25'],
    ])
  })

  it('sets an agreed map against a claim that none were agreed', () => {
    const conflicts = countConflictsForItem(electricity, items, counts, '2019-12-31')
    expect(conflicts.map((c) => [c.claim.id, c.reading, c.reported, c.allowed])).toEqual([['C12', 'agreed', 1, 0]])
  })

  it('shows one report once, with every claim it contradicts', () => {
    const again = makeCount({ id: 'C16', date: day('2019-12-26'), metric: 'agreed', value: 30, of: 31 })
    const groups = groupByReport(countConflictsForItem(gas, items, [...counts, again], '2019-12-31'))
    expect(groups.map((group) => [group.change.date.start, group.conflicts.map((c) => c.claim.id)])).toEqual([
      ['2019-12-25', ['C15', 'C16']],
    ])
  })

  it('knows nothing of claims after the date, nor of other sets', () => {
    expect(countConflictsForItem(gas, items, counts, '2019-12-24')).toEqual([])
    expect(countConflictsForItem(gas, items, [programmes], '2019-12-31')).toEqual([])
  })
})
