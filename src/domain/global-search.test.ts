import { fixtureDataset, fixtureTexts } from '../testing/fixture-data'
import { buildGlobalSearchIndex, globalSearch, type MarkedText, type SearchKind } from './global-search'

const t = (en: string, ru: string) => ({ en, ru })

/** The fixture plus a prime minister who made no claim about any item, and an event he took part in. */
const dataset = fixtureDataset(
  fixtureTexts((json) => {
    const people = json['people.json'] as unknown[]
    people.push({
      id: 'golovchenko',
      name: t('Roman Golovchenko', 'Роман Головченко'),
      variants: ['Raman Halouchanka', 'Raman Haloŭčanka', 'Раман Галоўчанка'],
      country: 'BY',
      roles: [{ title: t('Prime Minister of Belarus', 'Премьер-министр Беларуси'), from: '2020-06', sources: ['S26'] }],
    })
    const events = json['events.json'] as unknown[]
    events.push({
      id: 'E003',
      date: '2021-09-09',
      precision: 'day',
      title: t('Programmes agreed', 'Программы согласованы'),
      summary: t('The prime ministers agree the programmes.', 'Премьеры согласуют программы.'),
      actors: ['golovchenko'],
      topics: ['gas'],
      milestone: true,
      sources: ['S26'],
    })
  }),
)
const index = buildGlobalSearchIndex(dataset)

const search = (query: string, asOf = '2022-01-01', lang: 'en' | 'ru' = 'en') => globalSearch(index, query, asOf, lang)
const group = (query: string, kind: SearchKind, asOf?: string, lang?: 'en' | 'ru') =>
  search(query, asOf, lang).find((found) => found.kind === kind)
const markedWords = (text: MarkedText | null) => text?.marks.map((mark) => text.text.slice(mark.start, mark.end))

describe('globalSearch', () => {
  it('finds a person who made no claim about an item by a Belarusian Latin spelling, with their events', () => {
    const people = group('Halouchanka', 'person')
    expect(people?.results).toHaveLength(1)
    const person = people?.results[0]
    expect(person?.title.text).toBe('Roman Golovchenko')
    expect(markedWords(person?.snippet ?? null)).toEqual(['Halouchanka'])
    expect(person?.events).toEqual(['E003'])
    expect(group('Halouchanka', 'event')?.results.map((result) => result.id)).toEqual(['E003'])
  })

  it('ignores diacritics in the data and in the query', () => {
    expect(markedWords(group('haloucanka', 'person')?.results[0]?.snippet ?? null)).toEqual(['Haloŭčanka'])
    expect(group('Haloŭčanka', 'person')?.total).toBe(1)
  })

  it('treats ё and е as one letter', () => {
    const items = group('все согласовано', 'item', '2022-01-01', 'ru')
    expect(items?.results.map((result) => result.id)).toEqual(['UP01'])
    expect(markedWords(items?.results[0]?.snippet ?? null)).toEqual(['Всё', 'согласовано'])
  })

  it('finds a reported area by a word of its name, with its sources', () => {
    const area = group('market', 'area')?.results[0]
    expect(area).toMatchObject({ id: 'gas-market', sources: ['S26'], later: false })
    expect(markedWords(area?.title ?? null)).toEqual(['market'])
  })

  it('lists a deadline whose matching outcome came after the date as later, without the outcome', () => {
    const deadline = group('session', 'deadline', '2019-12-01')?.results[0]
    expect(deadline).toMatchObject({ id: 'T05', later: true, snippet: null })
    expect(deadline?.title.text).toBe('Sign the package')
    const known = group('session', 'deadline', '2019-12-08')?.results[0]
    expect(known?.later).toBe(false)
    expect(markedWords(known?.snippet ?? null)).toEqual(['session'])
  })

  it('finds an item through a later report only as later, and keeps that report out of its snippet', () => {
    const item = group('blocks', 'item', '2019-12-10')?.results[0]
    expect(item).toMatchObject({ id: 'RM01', later: true, snippet: null })
    expect(group('blocks', 'item', '2019-12-20')?.results[0]?.later).toBe(false)
  })

  it('marks an event dated after the date as later', () => {
    expect(group('Programmes agreed', 'event', '2021-01-01')?.results[0]?.later).toBe(true)
    expect(group('Programmes agreed', 'event', '2021-09-09')?.results[0]?.later).toBe(false)
  })

  it('finds counts with their claimant and sources by any spelling of the claimant', () => {
    const counts = group('Syamashka', 'count')
    expect(counts?.results.map((result) => result.id)).toEqual(['C02', 'C03'])
    expect(counts?.results[0]?.sources).toEqual(['SD0'])
  })

  it('finds a source by its publisher or either title', () => {
    expect(group('единое правительство', 'source')?.results.map((result) => result.id)).toEqual(['SD0'])
    expect(group('Test Publisher unified', 'source')?.results.map((result) => result.id)).toEqual(['SD0'])
  })

  it('needs every word, and finds nothing for an empty query', () => {
    expect(group('gas nonsense', 'item')).toBeUndefined()
    expect(search('   ')).toEqual([])
  })

  it('lists at most the limit per group, known results first, and counts them all', () => {
    const groups = globalSearch(index, 'S', '2019-12-01', 'en', 2)
    const sources = groups.find((found) => found.kind === 'source')
    expect(sources?.total).toBe(4)
    expect(sources?.results).toHaveLength(2)
    const events = globalSearch(index, 'programme', '2020-01-01', 'en')
    expect(events.find((found) => found.kind === 'event')?.results.map((result) => result.later)).toEqual([false, true])
  })
})
