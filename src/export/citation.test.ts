import { makeCitation } from '../testing/factories'
import { citationEntries, citationSentence } from './citation'

const citation = makeCitation()

describe('citation', () => {
  it('lists ISO dates for files and written dates for people', () => {
    expect(citationEntries(citation, 'en', { dates: 'iso' })).toContainEqual(['Statuses as of', '2019-12-01'])
    expect(citationEntries(citation, 'en', { dates: 'written' })).toContainEqual(['Statuses as of', '1 Dec 2019'])
    expect(citationEntries(citation, 'en', { dates: 'iso' })).toContainEqual(['Compared with', '2019-09-06'])
  })

  it('counts items only when told', () => {
    const labels = (itemCount?: number) =>
      citationEntries(citation, 'en', { dates: 'iso', itemCount }).map(([label]) => label)
    expect(labels()).not.toContain('Items')
    expect(labels(0)).toContain('Items')
  })

  it('states the licence of the published dataset, and none for data the reader loaded', () => {
    const licence = (licensed: boolean) =>
      citationEntries(makeCitation({ licensed }), 'en', { dates: 'iso' }).find(([label]) => label === 'Licence')
    expect(licence(true)?.[1]).toBe(
      'CC BY 4.0 https://creativecommons.org/licenses/by/4.0/; quotes and source titles belong to their publishers and are used as short citations',
    )
    expect(licence(false)).toBeUndefined()
    expect(citationSentence(makeCitation({ licensed: false }), 'en')).not.toContain('Licence')
  })

  it.each([
    [
      'en',
      'Union State Roadmap Tracker (dataset version 2026-11-25, data as of 9 Sept 2021). Statuses as of 1 Dec 2019, compared with 6 Sept 2019; Roadmaps (2019); topic: Gas. https://example.org/?view=charts&v=1 (accessed 25 Nov 2026). Licence: CC BY 4.0.',
    ],
    [
      'ru',
      /^Трекер дорожных карт Союзного государства \(версия данных 2026-11-25.*\(дата обращения: 25 нояб\. 2026 г\.\)\. Лицензия: CC BY 4\.0\.$/,
    ],
  ] as const)('gives a citation sentence in %s', (lang, expected) => {
    const sentence = citationSentence(citation, lang)
    if (typeof expected === 'string') expect(sentence).toBe(expected)
    else expect(sentence).toMatch(expected)
  })
})
