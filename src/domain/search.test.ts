import fc from 'fast-check'
import { narrows, rememberingSearch } from './search'

const holdsAll = (text: string, tokens: readonly string[]) => tokens.every((token) => text.includes(token))

describe('narrows', () => {
  it('holds when each earlier word lies inside a new one, so the new matches are among the old', () => {
    expect(narrows(['oil'], ['oi'])).toBe(true)
    expect(narrows(['oil', 'gas'], ['oil'])).toBe(true)
    expect(narrows(['soil'], ['oil'])).toBe(true)
    expect(narrows(['oi'], ['oil'])).toBe(false)
    expect(narrows(['gas'], ['oil'])).toBe(false)
    expect(narrows(['oil'], ['oil', 'gas'])).toBe(false)
  })
})

describe('rememberingSearch', () => {
  const texts = ['oil pipeline', 'gas market', 'oil and gas', 'customs', 'soil', 'tax on oil products']

  it('finds what a fresh search finds while a word is typed and taken back letter by letter', () => {
    const search = rememberingSearch(texts, holdsAll)
    for (const tokens of [['o'], ['oi'], ['oil'], ['oil', 'g'], ['oil', 'gas'], ['oil', 'g'], ['oil'], ['oi'], []])
      expect(search(tokens)).toEqual(texts.filter((text) => holdsAll(text, tokens)))
  })

  it('finds what a fresh search finds for any sequence of queries', () => {
    const words = fc.array(fc.constantFrom('o', 'oi', 'oil', 'g', 'ga', 'gas', 's', 'so', 'cu', 'x'), { maxLength: 3 })
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 20 }), (queries) => {
        const search = rememberingSearch(texts, holdsAll)
        return queries.every(
          (tokens) => JSON.stringify(search(tokens)) === JSON.stringify(texts.filter((text) => holdsAll(text, tokens))),
        )
      }),
    )
  })
})
