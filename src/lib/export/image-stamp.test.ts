import { parseDataset } from '../../data/parse-dataset'
import { fixtureTexts } from '../../testing/fixture-data'
import type { Citation } from './citation'
import { chartStamp, sourceLine } from './image-stamp'

const result = parseDataset(fixtureTexts(), { requireFullProgramme: false })
if (!result.ok) throw new Error('fixture invalid')
const dataset = result.dataset

const citation: Citation = {
  datasetVersion: '2026-11-25',
  dataAsOf: '2021-09-09',
  asOf: '2019-12-01',
  compare: '2019-09-06',
  filters: 'Roadmaps (2019); topic: Gas',
  url: 'https://example.org/?view=charts&v=1',
  exportedOn: '2026-11-25',
}

describe('image stamp', () => {
  it('names each source by id, publisher and date, and keeps unknown ids as they are', () => {
    const sources = [dataset.sourcesById.get('S24') ?? 'S24', 'S99']
    expect(sourceLine(sources, 'en')).toBe('Sources: S24 Test Publisher, 8 Dec 2019; S99')
  })

  it('stamps the title, the dates, the filters, the sources and the citation', () => {
    const stamp = chartStamp('Status breakdown', ['S99'], citation, 'en')
    expect(stamp.title).toBe('Status breakdown')
    expect(stamp.lines).toEqual([
      'Statuses as of 1 Dec 2019 · Compared with 6 Sept 2019',
      'Filters: Roadmaps (2019); topic: Gas',
    ])
    expect(stamp.footer).toEqual([
      'Sources: S99',
      'Union State Roadmap Tracker, dataset version 2026-11-25 · https://example.org/?view=charts&v=1',
    ])
  })
})
