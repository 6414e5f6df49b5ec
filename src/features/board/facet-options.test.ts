import { activeFilterCount, facetOptions } from './facet-options'

const topics = [
  { value: 'oil', label: 'Oil' },
  { value: 'gas', label: 'Gas' },
  { value: 'tax', label: 'Tax' },
  { value: 'customs', label: 'Customs' },
]
const counts = new Map([
  ['oil', 1],
  ['gas', 2],
  ['tax', 1],
])

describe('facetOptions', () => {
  it('lists an open list chosen first, then by count and label, dropping values with no results unless chosen', () => {
    expect(facetOptions(topics, counts, [], false).map((o) => [o.value, o.count])).toEqual([
      ['gas', 2],
      ['oil', 1],
      ['tax', 1],
    ])
    expect(facetOptions(topics, counts, ['customs', 'tax'], false).map((o) => [o.value, o.checked])).toEqual([
      ['tax', true],
      ['customs', true],
      ['gas', false],
      ['oil', false],
    ])
  })

  it('keeps a vocabulary in its own order, zeros included', () => {
    expect(facetOptions(topics, counts, ['tax'], true).map((o) => [o.value, o.count, o.checked])).toEqual([
      ['oil', 1, false],
      ['gas', 2, false],
      ['tax', 1, true],
      ['customs', 0, false],
    ])
  })
})

describe('activeFilterCount', () => {
  it.each([
    [{ topics: [], statuses: [], actors: [], outcomes: [], q: '' }, 0],
    [{ topics: ['gas'], statuses: ['open'], actors: [], outcomes: [], q: '  ' }, 2],
    [{ topics: ['gas', 'oil'], statuses: [], actors: ['semashko'], outcomes: ['missed'], q: 'sochi' }, 5],
  ])('%o counts %i', (filters, expected) => {
    expect(activeFilterCount(filters)).toBe(expected)
  })
})
