import { NO_FILTERS, type Filters } from '../domain/filters'
import { fixtureDataset } from '../testing/fixture-data'
import { chartFilterSummary, oneLineFilterSummary } from './describe-filters'

const dataset = fixtureDataset()
const filters = (overrides: Partial<Filters>): Filters => ({ set: 'roadmaps', ...NO_FILTERS, ...overrides })

describe('oneLineFilterSummary', () => {
  it.each([
    [filters({}), 'en', 'Roadmaps (2019); no filters'],
    [filters({ set: 'programmes' }), 'en', 'Union programmes (2021); no filters'],
    [filters({ topics: ['gas', 'tax'] }), 'en', 'Roadmaps (2019); topic: Gas, Tax'],
    [filters({ topics: ['gas'] }), 'ru', 'Дорожные карты (2019); тема: Газ'],
    [
      filters({ statuses: ['open'], outcomes: ['missed'] }),
      'en',
      'Roadmaps (2019); status: Open (disputed); deadline outcome: Missed',
    ],
    [filters({ actors: ['semashko'] }), 'ru', 'Дорожные карты (2019); участник: Семашко'],
    [filters({ q: ' oil ' }), 'en', 'Roadmaps (2019); search: “oil”'],
  ] as const)('%j in %s reads %j', (value, lang, expected) => {
    expect(oneLineFilterSummary(value, dataset, lang)).toBe(expected)
  })
})

describe('chartFilterSummary', () => {
  const chosen = filters({ topics: ['gas', 'tax'], statuses: ['open'], q: 'oil' })

  it('names every filter for a chart that applies them all', () => {
    expect(chartFilterSummary('status', chosen, dataset, 'en')).toBe(
      'Roadmaps (2019); topic: Gas, Tax; status: Open (disputed); search: “oil”',
    )
  })

  it('names no topic on the progress chart, which no filter narrows', () => {
    expect(chartFilterSummary('progress', chosen, dataset, 'en')).toBe(
      'not filtered: totals reported for the whole programme',
    )
    expect(chartFilterSummary('progress', chosen, dataset, 'ru')).not.toContain('тема')
  })

  it('names only the topics and outcomes on the deadline chart, and no item set', () => {
    expect(chartFilterSummary('deadlines', chosen, dataset, 'en')).toBe('topic: Gas, Tax')
    expect(chartFilterSummary('deadlines', filters({ statuses: ['open'] }), dataset, 'en')).toBe('no filters')
  })
})
