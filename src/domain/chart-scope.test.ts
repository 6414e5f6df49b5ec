import { filtersAsApplied, honouredFilters } from './chart-scope'
import { NO_FILTERS, type Filters } from './filters'

const chosen: Filters = {
  ...NO_FILTERS,
  set: 'programmes',
  topics: ['gas'],
  statuses: ['open'],
  outcomes: ['missed'],
  q: 'oil',
}

describe('chart scope', () => {
  it('hands a chart only the filters it declares', () => {
    expect(honouredFilters('deadlines', chosen)).toEqual({ topics: ['gas'], outcomes: ['missed'] })
    expect(honouredFilters('progress', chosen)).toEqual({})
    expect(honouredFilters('headline', chosen)).toEqual({})
    expect(honouredFilters('status', chosen)).toEqual(chosen)
  })

  it('describes the filters as a chart applies them: the others cleared, and whether the set counts', () => {
    expect(filtersAsApplied('deadlines', chosen)).toEqual({
      filters: { ...NO_FILTERS, set: 'programmes', topics: ['gas'], outcomes: ['missed'] },
      appliesSet: false,
      appliesAny: true,
    })
    expect(filtersAsApplied('progress', chosen)).toMatchObject({ appliesSet: false, appliesAny: false })
    expect(filtersAsApplied('headline', chosen)).toMatchObject({ appliesSet: false, appliesAny: false })
    expect(filtersAsApplied('topic-status', chosen)).toEqual({ filters: chosen, appliesSet: true, appliesAny: true })
  })
})
