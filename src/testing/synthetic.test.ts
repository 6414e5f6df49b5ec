import { NO_FILTERS } from '../domain/filters'
import { applyFilters } from './filter-oracles'
import { buildSearchIndex } from '../domain/search'
import { STATUSES } from '../domain/vocabulary'
import { makeSyntheticDataset } from './synthetic'

describe('makeSyntheticDataset', () => {
  const dataset = makeSyntheticDataset(2000, 7)

  it('is the same for the same size and seed, and different for another seed', () => {
    expect(makeSyntheticDataset(2000, 7)).toEqual(dataset)
    expect(makeSyntheticDataset(2000, 8).items[0]).not.toEqual(dataset.items[0])
  })

  it('holds the requested number of items, roadmaps first, with unique ids', () => {
    expect(dataset.items).toHaveLength(2000)
    expect(dataset.itemsById.size).toBe(2000)
    expect(dataset.items.filter((item) => item.set === 'programmes')).toHaveLength(400)
    expect(dataset.items[0]?.set).toBe('roadmaps')
  })

  it('uses the whole status vocabulary, with dated and sorted histories', () => {
    const seen = new Set(dataset.items.flatMap((item) => item.history.map((change) => change.status)))
    expect([...seen].sort()).toEqual([...STATUSES].sort())
    for (const item of dataset.items) {
      const dates = item.history.map((change) => change.date.start)
      expect(dates).toEqual([...dates].sort())
    }
  })

  it('only refers to records it holds', () => {
    const cited = dataset.items.flatMap((item) => [...item.sources, ...item.history.flatMap((c) => c.sources)])
    expect(cited.every((id) => dataset.sourcesById.has(id))).toBe(true)
    const people = dataset.items.flatMap((item) => item.history.map((c) => c.claimant.personId))
    expect(people.every((id) => id === null || dataset.peopleById.has(id))).toBe(true)
    const applies = dataset.targets.flatMap((target) => target.appliesTo)
    expect(applies.every((id) => dataset.itemsById.has(id))).toBe(true)
  })

  it('has people findable by their Latin and Cyrillic names alike', () => {
    const person = dataset.people.find((p) =>
      dataset.items.some((item) => item.history.some((c) => c.claimant.personId === p.id)),
    )
    if (!person?.name.ru) throw new Error('no person made a claim')
    const context = { targets: dataset.targets, searchIndex: buildSearchIndex(dataset), asOf: '2026-06-30' }
    const find = (q: string) => applyFilters(dataset.items, { set: 'roadmaps', ...NO_FILTERS, q }, context).length
    const lastName = (name: string) => name.split(' ').at(-1) ?? name
    expect(find(lastName(person.name.en))).toBeGreaterThan(0)
    expect(find(lastName(person.name.ru))).toBe(find(lastName(person.name.en)))
  })
})
