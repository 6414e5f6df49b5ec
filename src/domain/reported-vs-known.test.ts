import { day, makeCount } from '../testing/factories'
import { reportedVsKnown } from './reported-vs-known'
import type { Status } from './vocabulary'

const statuses: readonly Status[] = ['open', 'open', 'agreed', 'unattributed', 'unattributed', 'unattributed']

describe('reportedVsKnown', () => {
  const elevenOpen = makeCount({ id: 'C10', date: day('2019-11-29'), metric: 'open', value: 11, of: 31 })

  it('sets a reported total beside the items’ own count when they differ, with the unattributed items', () => {
    expect(reportedVsKnown(statuses, [elevenOpen], 'roadmaps', '2019-11-29')).toEqual([
      { metric: 'open', claims: [elevenOpen], known: 2, unattributed: 3 },
    ])
  })

  it('says nothing when the total and the items agree', () => {
    const twoOpen = makeCount({ date: day('2019-11-29'), metric: 'open', value: 2 })
    expect(reportedVsKnown(statuses, [twoOpen], 'roadmaps', '2019-11-29')).toEqual([])
  })

  it('keeps every total of the latest date when reports disagree', () => {
    const other = makeCount({ id: 'C11', date: day('2019-11-29'), metric: 'open', value: 2 })
    expect(reportedVsKnown(statuses, [elevenOpen, other], 'roadmaps', '2019-11-29')[0]?.claims).toEqual([
      elevenOpen,
      other,
    ])
  })

  it.each([
    ['2019-11-28', 'before the total was reported'],
    ['2020-01-15', 'once the total is older than the report window'],
  ])('shows no total as of %s (%s)', (asOf) => {
    expect(reportedVsKnown(statuses, [elevenOpen], 'roadmaps', asOf)).toEqual([])
  })

  it('compares agreed totals with agreed, approved and completed items, and only the set’s own totals', () => {
    const agreed = makeCount({ date: day('2019-12-07'), metric: 'agreed', value: 23, of: 31 })
    const programmes = makeCount({ date: day('2019-12-07'), subject: 'programmes', metric: 'agreed', value: 1 })
    const result = reportedVsKnown(['agreed', 'approved', 'open'], [agreed, programmes], 'roadmaps', '2019-12-07')
    expect(result).toEqual([{ metric: 'agreed', claims: [agreed], known: 2, unattributed: 0 }])
  })
})
