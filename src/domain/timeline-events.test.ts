import { parseDataset } from '../data/parse-dataset'
import { readBundledFiles } from '../data/load-dataset'
import { eventYearCounts, timelineFacetOptions, toTimelineEvents } from './timeline-events'
import type { Dataset } from './types'

let dataset: Dataset

beforeAll(async () => {
  const result = parseDataset(await readBundledFiles(), { requireFullProgramme: true })
  if (!result.ok) throw new Error('bundled data invalid')
  dataset = result.dataset
})

const ALL = { topics: [], actors: [] }

describe('toTimelineEvents on the real events', () => {
  it('groups every event by year, in date order', () => {
    const data = toTimelineEvents(dataset.events, ALL, null, '2026-12-31')
    expect(data.count).toBe(dataset.events.length)
    const years = data.years.map((group) => group.year)
    expect(years).toEqual([...years].sort((a, b) => a - b))
    expect(data.years.find((group) => group.year === 2019)?.entries[0]?.event.date.start).toBe('2019-02-01')
  })

  it('zooms to one year or a span of years', () => {
    const only2019 = toTimelineEvents(dataset.events, ALL, { from: 2019, to: 2019 }, '2026-12-31')
    expect(only2019.years.map((group) => group.year)).toEqual([2019])
    const span = toTimelineEvents(dataset.events, ALL, { from: 2020, to: 2021 }, '2026-12-31')
    expect(span.years.map((group) => group.year)).toEqual([2020, 2021])
  })

  it('filters by actor and topic together', () => {
    const semashkoOnGas = toTimelineEvents(
      dataset.events,
      { topics: ['gas'], actors: ['semashko'] },
      null,
      '2030-01-01',
    )
    expect(semashkoOnGas.count).toBeGreaterThan(0)
    for (const { entries } of semashkoOnGas.years) {
      for (const { event } of entries) {
        expect(event.actors).toContain('semashko')
        expect(event.topics).toContain('gas')
      }
    }
    expect(toTimelineEvents(dataset.events, { topics: ['gas'], actors: ['yeltsin'] }, null, '2030-01-01')).toEqual({
      years: [],
      count: 0,
      emptyReason: 'no-match',
    })
  })

  it('marks the events after the as-of date', () => {
    const data = toTimelineEvents(dataset.events, ALL, { from: 2019, to: 2019 }, '2019-12-07')
    const entries = data.years.flatMap((group) => group.entries)
    const firstFuture = entries.findIndex((entry) => entry.future)
    expect(entries[firstFuture]?.event.date.start).toBe('2019-12-08')
    expect(entries.slice(firstFuture).every((entry) => entry.future)).toBe(true)
  })

  it('counts events per year under the filters for the zoom strip, keeping years with none', () => {
    const counts = eventYearCounts(dataset.events, { topics: ['oil'], actors: [] })
    expect(counts.map((entry) => entry.year)).toContain(2000)
    expect(counts.find((entry) => entry.year === 2000)?.count).toBe(0)
    expect(counts.find((entry) => entry.year === 2020)?.count).toBeGreaterThan(0)
  })

  it('offers the topics and actors the events mention, most mentioned first', () => {
    const { topics, actors } = timelineFacetOptions(dataset.events)
    expect(actors[0]?.id).toBe('lukashenko')
    expect(topics.map((topic) => topic.id)).toContain('gas')
    const counts = actors.map((actor) => actor.count)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
  })
})
