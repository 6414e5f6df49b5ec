import { makeChange, makeItem, makeOutcome, makeTarget, day } from '../testing/factories'
import { text } from '../testing/text'
import {
  countFacets,
  countInSet,
  factsAsOf,
  factsSearch,
  filterFacts,
  NO_FILTERS,
  type Filters,
  type ItemFacts,
} from './filters'
import { buildSearchIndex, foldText } from './search'
import { makeSyntheticDataset } from '../testing/synthetic'
import { applyFilters, facetCounts } from '../testing/filter-oracles'
import type { Person, Topic } from './types'

const semashko: Person = {
  id: 'semashko',
  name: text('Vladimir Semashko', 'Семашко'),
  variants: ['Uladzimir Syamashka', 'Uładzimir Siamaszka', 'Сямашка'],
  country: 'BY',
  roles: [],
}
const gasTopic: Topic = { id: 'gas', label: text('Gas', 'Газ'), aliases: ['газ', 'natural gas'] }

const gas = makeItem({
  id: 'RM03',
  title: text('Gas market'),
  topics: ['gas'],
  history: [
    makeChange('2019-09-06', 'drafting'),
    makeChange('2019-11-13', 'open'),
    makeChange('2020-06-04', 'open', { claimant: { personId: 'semashko', label: text('Semashko') } }),
  ],
})
const customs = makeItem({
  id: 'RM05',
  title: text('Customs cooperation'),
  topics: ['customs'],
  history: [makeChange('2019-09-06', 'drafting'), makeChange('2019-12-07', 'agreed')],
})
const programme = makeItem({ id: 'UP01', set: 'programmes', history: [makeChange('2021-09-09', 'agreed')] })
const items = [gas, customs, programme]
const targets = [
  makeTarget({
    id: 'T04',
    due: day('2019-12-07'),
    appliesTo: ['RM05'],
    outcomes: [makeOutcome('2019-12-07', 'partly-met')],
  }),
]
const searchIndex = buildSearchIndex({
  items,
  peopleById: new Map([['semashko', semashko]]),
  topicsById: new Map([['gas', gasTopic]]),
})
const filters = (overrides: Partial<Filters>): Filters => ({ set: 'roadmaps', ...NO_FILTERS, ...overrides })
const ids = (asOf: string, overrides: Partial<Filters>) =>
  applyFilters(items, filters(overrides), { targets, searchIndex, asOf }).map((row) => row.item.id)

describe('applyFilters', () => {
  it('keeps only the chosen set, listed by the date', () => {
    expect(ids('2019-12-01', {})).toEqual(['RM03', 'RM05'])
    expect(ids('2019-12-01', { set: 'programmes' })).toEqual([])
    expect(ids('2021-09-10', { set: 'programmes' })).toEqual(['UP01'])
  })

  it('filters by topic and by status as of the date', () => {
    expect(ids('2019-12-01', { topics: ['gas'] })).toEqual(['RM03'])
    expect(ids('2019-12-01', { statuses: ['agreed'] })).toEqual([])
    expect(ids('2019-12-08', { statuses: ['agreed'] })).toEqual(['RM05'])
  })

  it('filters by actor and by deadline outcome', () => {
    expect(ids('2020-07-01', { actors: ['semashko'] })).toEqual(['RM03'])
    expect(ids('2019-12-08', { outcomes: ['partly-met'] })).toEqual(['RM05'])
    expect(ids('2019-12-06', { outcomes: ['partly-met'] })).toEqual([])
  })

  it.each(['Syamashka', 'Семашко', 'semashko', 'siamaszka', 'Газ', 'natural gas'])(
    'search "%s" finds the gas roadmap',
    (q) => {
      expect(ids('2020-07-01', { q })).toEqual(['RM03'])
    },
  )
})

describe('facetCounts', () => {
  it('counts each value as if it were the only choice, with other filters kept', () => {
    const counts = facetCounts(items, filters({ topics: ['gas'] }), { targets, searchIndex, asOf: '2019-12-08' })
    expect(counts.statuses.get('open')).toBe(1)
    expect(counts.statuses.get('agreed')).toBeUndefined()
    expect(counts.topics.get('customs')).toBe(1)
    expect(counts.topics.get('gas')).toBe(1)
  })
})

describe('factsAsOf, then filterFacts and countFacets', () => {
  const facts = (asOf: string) => factsAsOf(items, targets, asOf)

  it('holds the items listed by the date, of both sets, with status and deadline outcomes', () => {
    expect(facts('2019-12-01').map((fact) => [fact.item.id, fact.status, fact.outcomes])).toEqual([
      ['RM03', 'open', []],
      ['RM05', 'drafting', ['pending']],
    ])
    expect(facts('2021-09-10').map((fact) => fact.item.id)).toEqual(['RM03', 'RM05', 'UP01'])
    expect([countInSet(facts('2021-09-10'), 'roadmaps'), countInSet(facts('2021-09-10'), 'programmes')]).toEqual([2, 1])
  })

  it('finds the facts whose search text holds every word, in any spelling, and all of them for no words', () => {
    const search = factsSearch(facts('2021-09-10'), searchIndex)
    const found = (q: string) => search(q).map((fact) => fact.item.id)
    expect(found('Syamashka')).toEqual(['RM03'])
    expect(found('семашко gas')).toEqual(['RM03'])
    expect(found('semashko customs')).toEqual([])
    expect(found('  ')).toEqual(['RM03', 'RM05', 'UP01'])
  })

  it('finds an item through a report only once that report is known: nobody who spoke later, no later words', () => {
    const foundOn = (asOf: string, q: string) => factsSearch(facts(asOf), searchIndex)(q).map((fact) => fact.item.id)
    expect(foundOn('2019-12-08', 'Semashko')).toEqual([])
    expect(foundOn('2020-06-04', 'Semashko')).toEqual(['RM03'])
    expect(foundOn('2019-12-08', 'gas market')).toEqual(['RM03'])
  })

  it.each([
    ['2019-12-08', {}],
    ['2019-12-08', { topics: ['gas'] }],
    ['2021-09-10', { set: 'programmes' as const }],
    ['2020-07-01', { q: 'semashko', statuses: ['open' as const] }],
    ['2019-12-08', { outcomes: ['partly-met' as const] }],
  ])('on %s with %o, give what applyFilters and facetCounts give', (asOf, overrides) => {
    const context = { targets, searchIndex, asOf }
    expect(filterFacts(facts(asOf), filters(overrides), searchIndex)).toEqual(
      applyFilters(items, filters(overrides), context),
    )
    expect(countFacets(facts(asOf), filters(overrides), searchIndex)).toEqual(
      facetCounts(items, filters(overrides), context),
    )
  })
})

describe('countFacets on a large synthetic dataset', () => {
  const dataset = makeSyntheticDataset(400, 11)
  const index = buildSearchIndex(dataset)
  const people = dataset.people.map((person) => person.id)
  /** The definition, spelled out: a value counts the items that have it and pass every filter but its facet's. */
  function naiveCounts(facts: readonly ItemFacts[], chosen: Filters) {
    const facets = ['topics', 'statuses', 'actors', 'outcomes'] as const
    const valuesOf = (fact: ItemFacts, facet: (typeof facets)[number]): readonly string[] =>
      facet === 'topics'
        ? fact.item.topics
        : facet === 'statuses'
          ? [fact.status ?? '']
          : facet === 'actors'
            ? fact.actors
            : [...new Set(fact.outcomes)]
    return Object.fromEntries(
      facets.map((facet) => {
        const counts = new Map<string, number>()
        const others = filterFacts(facts, { ...chosen, [facet]: [] }, index)
        for (const fact of others) {
          for (const value of valuesOf(fact, facet)) counts.set(value, (counts.get(value) ?? 0) + 1)
        }
        return [facet, counts]
      }),
    )
  }

  it.each([
    ['2020-06-30', {}],
    ['2020-06-30', { topics: ['gas', 'oil'] }],
    ['2022-01-01', { statuses: ['agreed' as const], actors: people.slice(0, 5) }],
    ['2024-03-01', { outcomes: ['missed' as const, 'late' as const], q: 'market' }],
    [
      '2026-06-30',
      { topics: ['tax'], statuses: ['open' as const], outcomes: ['pending' as const], actors: people.slice(3, 9) },
    ],
  ])('on %s with %o, counts as the definition says', (asOf, overrides) => {
    const facts = factsAsOf(dataset.items, dataset.targets, asOf)
    const chosen = filters(overrides)
    expect(countFacets(facts, chosen, index)).toEqual(naiveCounts(facts, chosen))
  })
})

describe('foldText', () => {
  it('folds case, diacritics and ё', () => {
    expect(foldText('Łukaszenka Лукашэнка Ёлка')).toBe('lukaszenka лукашэнка елка')
  })
})
