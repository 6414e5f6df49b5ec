import { text } from '../testing/text'
import { day } from '../testing/factories'
import { eventSearchTexts, queryTokens } from './search'
import { eventYearCounts, timelineFacetOptions, toTimelineEvents } from './timeline-events'
import type { TimelineEvent } from './types'

const ALL = { topics: [], actors: [] }

const event = (id: string, date: string, overrides: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  date: day(date),
  title: text(`Event ${id}`),
  summary: text('An event'),
  actors: ['lukashenko'],
  actorLabels: [],
  topics: ['gas'],
  milestone: false,
  kind: 'talks',
  sources: ['S01'],
  ...overrides,
})

describe('the timeline on a date', () => {
  const events = [
    event('E1', '2018-05-01'),
    event('E2', '2019-12-07', { topics: ['oil'] }),
    event('E3', '2019-12-08', { actors: ['putin'] }),
    event('E4', '2021-11-04'),
  ]

  it('keeps the events after the date apart from those known by it, counting both', () => {
    const data = toTimelineEvents(events, ALL, null, '2019-12-07')
    expect(data.years.map((group) => [group.year, group.events.map((known) => known.id)])).toEqual([
      [2018, ['E1']],
      [2019, ['E2']],
    ])
    expect(data.later.map((later) => later.id)).toEqual(['E3', 'E4'])
    expect(data.count).toBe(2)
  })

  it('finds events by words in either language and by any spelling of a person’s name', () => {
    const people = new Map([
      [
        'putin',
        {
          id: 'putin',
          name: text('Vladimir Putin', 'Владимир Путин'),
          variants: ['Putin'],
          country: 'RU' as const,
          roles: [],
        },
      ],
    ])
    const withWords = [
      ...events,
      event('E5', '2019-12-07', {
        summary: text('Sides on the finish line', 'Стороны на финишной прямой'),
        actors: [],
      }),
    ]
    const texts = eventSearchTexts({ events: withWords, peopleById: people, topicsById: new Map() })
    const found = (q: string) =>
      toTimelineEvents(
        withWords,
        { ...ALL, search: { words: queryTokens(q), texts } },
        null,
        '2026-01-01',
      ).years.flatMap((group) => group.events.map((known) => known.id))
    expect(found('финишной')).toEqual(['E5'])
    expect(found('FINISH line')).toEqual(['E5'])
    expect(found('Путин')).toEqual(['E3'])
    expect(found('')).toHaveLength(5)
  })

  it('says when the events that match had all yet to happen', () => {
    expect(toTimelineEvents(events, { topics: [], actors: ['putin'] }, null, '2019-12-07')).toMatchObject({
      count: 0,
      later: [events[2]],
      emptyReason: 'not-yet',
    })
  })

  it('counts per year only the events known by the date, leaving out years still to come', () => {
    expect(eventYearCounts(events, ALL, '2019-12-07')).toEqual([
      { year: 2018, count: 1 },
      { year: 2019, count: 1 },
    ])
    expect(eventYearCounts(events, { topics: ['gas'], actors: [] }, '2019-12-08')).toEqual([
      { year: 2018, count: 1 },
      { year: 2019, count: 1 },
    ])
  })

  it('offers as filter choices only what the known events mention, with their counts', () => {
    const { topics, actors } = timelineFacetOptions(events, ALL, '2019-12-07')
    expect(topics).toEqual([
      { id: 'gas', count: 1 },
      { id: 'oil', count: 1 },
    ])
    expect(actors).toEqual([{ id: 'lukashenko', count: 2 }])
  })

  describe('by kind', () => {
    const kinded = [
      event('K1', '2019-11-19', { kind: 'talks', topics: ['oil'] }),
      event('K2', '2019-12-07', { kind: 'signing', topics: ['oil'] }),
      event('K3', '2019-12-08', { kind: 'signing', topics: ['gas'] }),
      event('K4', '2019-12-20', { kind: 'statement', topics: ['oil'], actors: ['putin'] }),
      event('K5', '2019-12-21', { kind: null, topics: ['oil'] }),
      event('K6', '2022-10-03', { kind: 'signing', topics: ['oil'] }),
    ]
    const ids = (data: ReturnType<typeof toTimelineEvents>) =>
      data.years.flatMap((year) => year.events.map((e) => e.id))

    it('shows only the chosen kinds, and an event without a kind only when no kind is chosen', () => {
      expect(ids(toTimelineEvents(kinded, { ...ALL, kinds: ['signing'] }, null, '2026-12-31'))).toEqual([
        'K2',
        'K3',
        'K6',
      ])
      expect(
        ids(toTimelineEvents(kinded, { ...ALL, kinds: ['signing', 'statement'], topics: ['oil'] }, null, '2026-12-31')),
      ).toEqual(['K2', 'K4', 'K6'])
      expect(ids(toTimelineEvents(kinded, ALL, null, '2026-12-31'))).toContain('K5')
    })

    it('counts each kind under the other filters and the date, not under the kind already chosen', () => {
      const { kinds, topics } = timelineFacetOptions(
        kinded,
        { topics: ['oil'], actors: [], kinds: ['signing'] },
        '2019-12-31',
      )
      expect(kinds).toEqual([
        { id: 'signing', count: 1 },
        { id: 'statement', count: 1 },
        { id: 'talks', count: 1 },
      ])
      expect(topics).toEqual([
        { id: 'gas', count: 1 },
        { id: 'oil', count: 1 },
      ])
    })

    it('counts under the search words as well', () => {
      const search = { words: ['k3'], texts: new Map(kinded.map((e) => [e.id, e.id.toLowerCase()])) }
      expect(timelineFacetOptions(kinded, { ...ALL, search }, '2026-12-31').kinds).toEqual([
        { id: 'signing', count: 1 },
      ])
    })
  })
})
