import fc from 'fast-check'
import { OUTCOMES, STATUSES } from '../domain/vocabulary'
import { initialView, LANGS, LAYOUTS, SORT_FIELDS, THEMES, VIEW_NAMES, type View } from './view'
import { paramsToView, viewToParams, type KnownIds } from './view-codec'

const known: KnownIds = {
  topics: new Set(['oil', 'gas', 'tax', 'customs']),
  actors: new Set(['semashko', 'lukashenko']),
  items: new Set(['RM01', 'RM31', 'UP05']),
}

const isoDay = fc
  .date({ min: new Date('1999-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))
const subset = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: values.length })

const viewArbitrary: fc.Arbitrary<View> = fc.record({
  view: fc.constantFrom(...VIEW_NAMES),
  set: fc.constantFrom('roadmaps' as const, 'programmes' as const),
  topics: subset([...known.topics]),
  statuses: subset(STATUSES),
  actors: subset([...known.actors]),
  outcomes: subset(OUTCOMES),
  q: fc.string({ maxLength: 60 }),
  asOf: fc.option(isoDay, { nil: null }),
  compare: fc.option(isoDay, { nil: null }),
  item: fc.option(fc.constantFrom(...known.items), { nil: null }),
  layout: fc.constantFrom(...LAYOUTS),
  sort: fc.record({ field: fc.constantFrom(...SORT_FIELDS), descending: fc.boolean() }),
  slide: fc.integer({ min: 1, max: 99 }),
  theme: fc.constantFrom(...THEMES),
  lang: fc.constantFrom(...LANGS),
})

describe('view codec', () => {
  it('writes the default view as an empty query string', () => {
    expect(viewToParams(initialView).toString()).toBe('')
  })

  it('round-trips every view through the query string, with no notices', () => {
    fc.assert(
      fc.property(viewArbitrary, (view) => {
        const text = viewToParams(view).toString()
        const decoded = paramsToView(new URLSearchParams(text), known)
        expect(decoded.notices).toEqual([])
        expect(decoded.view).toEqual(view)
      }),
      { seed: 20191207, numRuns: 500 },
    )
  })

  it('reads the journey link from the board issue', () => {
    const { view, notices } = paramsToView(new URLSearchParams('view=board&topic=gas&asOf=2019-12-01'), known)
    expect(notices).toEqual([])
    expect(view).toEqual({ ...initialView, view: 'board', topics: ['gas'], asOf: '2019-12-01' })
  })

  it.each([
    ['view=nonsense', 'view'],
    ['asOf=2019-13-45', 'asOf'],
    ['topic=gas,unicorns', 'topic'],
    ['status=agreed,maybe', 'status'],
    ['item=RM99', 'item'],
    ['sort=-colour', 'sort'],
    ['slide=0', 'slide'],
    ['utm_source=mail', 'utm_source'],
    ['v=9', 'v'],
  ])('ignores %s with a notice naming %s, keeping the rest', (query, key) => {
    const { view, notices } = paramsToView(new URLSearchParams(`${query}&layout=columns`), known)
    expect(view.layout).toBe('columns')
    expect(notices).toHaveLength(1)
    expect(notices[0]).toContain(`Ignored ${key}=`)
  })

  it('keeps valid values of a list and drops the bad ones', () => {
    const { view } = paramsToView(new URLSearchParams('topic=gas,unicorns,oil,gas'), known)
    expect(view.topics).toEqual(['gas', 'oil'])
  })

  it('never throws and always yields a valid view for arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (query) => {
        const { view } = paramsToView(new URLSearchParams(query), known)
        expect(VIEW_NAMES).toContain(view.view)
        expect(view.q.length).toBeLessThanOrEqual(200)
        expect(paramsToView(viewToParams(view), known).view).toEqual(view)
      }),
      { seed: 31, numRuns: 10_000 },
    )
  })
})
