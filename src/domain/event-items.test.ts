import { day, makeChange, makeItem } from '../testing/factories'
import { text } from '../testing/text'
import { itemsByEvent } from './event-items'
import type { TimelineEvent } from './types'

const event = (id: string, date: string, sources: string[]): TimelineEvent => ({
  id,
  date: day(date),
  title: text(id),
  summary: text(id),
  actors: [],
  actorLabels: [],
  topics: [],
  milestone: false,
  kind: null,
  sources,
})

const approved = makeItem({ id: 'UP01', history: [makeChange('2021-09-10', 'approved', { sources: ['S59'] })] })
const superseded = makeItem({ id: 'RM01', history: [makeChange('2021-09-10', 'superseded', { sources: ['S60'] })] })
const untouched = makeItem({ id: 'RM02', history: [makeChange('2019-09-06', 'drafting', { sources: ['S59'] })] })

describe('itemsByEvent', () => {
  const byEvent = itemsByEvent(
    [
      event('E050', '2021-09-10', ['S59', 'S60']),
      event('E051', '2021-09-10', ['S61']),
      event('E001', '2019-09', ['S59']),
    ],
    [superseded, untouched, approved],
  )

  it('links an event to the items whose report that day cites one of its sources', () => {
    expect(byEvent.get('E050')?.map((item) => item.id)).toEqual(['RM01', 'UP01'])
  })

  it('links nothing on the same day without a shared source, nor on another date with one', () => {
    expect(byEvent.has('E051')).toBe(false)
    expect(byEvent.has('E001')).toBe(false)
  })
})
