import { makeFuzzyDate } from './dates'
import { text } from '../testing/text'
import { sourcesAsOf } from './sources'
import type { Source } from './types'

const source = (id: string, date: string): Source => ({
  id,
  publisher: text('P'),
  title: text('T'),
  originalTitle: null,
  date: makeFuzzyDate(date, date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year'),
  url: 'https://example.org/',
  seedFile: null,
  language: 'en',
  note: null,
})

describe('sourcesAsOf', () => {
  const byId = new Map([
    ['S1', source('S1', '2019-12-02')],
    ['S2', source('S2', '2023')],
    ['S3', source('S3', '2019-12')],
  ])

  it('shows the sources published by the date and counts the later ones', () => {
    const { shown, later } = sourcesAsOf(['S1', 'S2', 'S3'], byId, '2019-12-31')
    expect(shown.map((entry) => (typeof entry === 'string' ? entry : entry.id))).toEqual(['S1', 'S3'])
    expect(later).toBe(1)
  })

  it('counts a source dated only to a month or year from its last day, as it may have come out on any day of it', () => {
    expect(sourcesAsOf(['S3'], byId, '2019-12-30')).toEqual({ shown: [], later: 1 })
    expect(sourcesAsOf(['S3'], byId, '2019-12-31').later).toBe(0)
    expect(sourcesAsOf(['S2'], byId, '2023-12-30').later).toBe(1)
    expect(sourcesAsOf(['S2'], byId, '2023-12-31').later).toBe(0)
  })

  it('keeps ids that resolve to nothing, to be shown as missing', () => {
    expect(sourcesAsOf(['S9'], byId, '2019-01-01')).toEqual({ shown: ['S9'], later: 0 })
  })
})
