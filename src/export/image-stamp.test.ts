import { makeCitation } from '../testing/factories'
import { fixtureDataset } from '../testing/fixture-data'
import { chartStamp, sourceLine } from './image-stamp'

const dataset = fixtureDataset()

const citation = makeCitation()

describe('image stamp', () => {
  it('names each source by id, publisher and date, and keeps unknown ids as they are', () => {
    const sources = [dataset.sourcesById.get('S24') ?? 'S24', 'S99']
    expect(sourceLine(sources, 'en')).toBe('Sources: S24 Test Publisher, 8 Dec 2019; S99')
  })

  it('stamps the title, the dates, the filters, the sources and the citation', () => {
    const stamp = chartStamp('status', 'Status breakdown', ['S99'], dataset.sourcesById, citation, 'en')
    expect(stamp.title).toBe('Status breakdown')
    expect(stamp.lines).toEqual([
      'Statuses as of 1 Dec 2019 · Compared with 6 Sept 2019',
      'Filters: Roadmaps (2019); topic: Gas',
    ])
    expect(stamp.footer).toEqual([
      'Sources: S99',
      'Union State Roadmap Tracker, dataset version 2026-11-25 · https://example.org/?view=charts&v=1 · CC BY 4.0',
    ])
  })

  it('names only the sources published by the chart’s date', () => {
    const footer = (asOf: string) =>
      chartStamp('status', 'Status breakdown', ['S24', 'S26'], dataset.sourcesById, makeCitation({ asOf }), 'en')
        .footer[0]
    expect(footer('2019-12-10')).toBe('Sources: S24 Test Publisher, 8 Dec 2019')
    expect(footer('2019-12-22')).toMatch(/^Sources: S24 .*; S26 /)
  })

  it('lists only the ids of many sources, and says where each is named', () => {
    const ids = Array.from({ length: 9 }, (_, index) => `S9${index}`)
    const [line] = chartStamp('deadlines', 'Deadlines', ids, dataset.sourcesById, citation, 'en').footer
    expect(line).toBe(`Sources: ${ids.join('; ')} (each is named in the view linked below)`)
  })

  it.each([
    ['progress', 'en', 'Reported counts known by 1 Dec 2019'],
    ['headline', 'en', 'Reported counts known by 1 Dec 2019'],
    ['progress', 'ru', 'Заявленные итоги, известные на 1 дек. 2019 г.'],
    ['deadlines', 'en', 'Deadlines and outcomes reported by 1 Dec 2019'],
    ['topic-status', 'en', 'Statuses as of 1 Dec 2019'],
  ] as const)('dates the %s chart by what its marks are (%s)', (chart, lang, expected) => {
    const [dates] = chartStamp(chart, 'Chart', [], dataset.sourcesById, makeCitation({ compare: null }), lang).lines
    expect(dates).toBe(expected)
  })
})
