import { initialView, type View } from '../../state/view'
import { deckChannelName, deckParams, deckPlaceOf, isDeckMessage } from './deck-sync'

const audience: View = {
  ...initialView,
  view: 'briefing',
  topics: ['oil', 'gas'],
  asOf: '2019-12-01',
  compare: '2019-09-01',
  slide: 4,
  lang: 'ru',
  theme: 'dark',
}

describe('keeping two deck windows in step', () => {
  it('tells the deck and the slide, not the window’s language, theme or role', () => {
    const params = deckParams(audience)
    expect(deckParams({ ...audience, lang: 'en', theme: 'light', presenter: true, item: 'RM01' })).toBe(params)
    expect(deckParams({ ...audience, slide: 5 })).not.toBe(params)
    expect(deckPlaceOf(params)).toEqual({
      set: 'roadmaps',
      topics: ['oil', 'gas'],
      statuses: [],
      actors: [],
      outcomes: [],
      q: '',
      asOf: '2019-12-01',
      compare: '2019-09-01',
      slide: 4,
    })
  })

  it('reads the default deck back from its empty message', () => {
    expect(deckPlaceOf(deckParams(initialView))).toMatchObject({ slide: 1, topics: [], asOf: null })
  })

  it('accepts only the messages it sends', () => {
    expect(isDeckMessage({ kind: 'hello' })).toBe(true)
    expect(isDeckMessage({ kind: 'deck', params: 'slide=2' })).toBe(true)
    expect(isDeckMessage({ kind: 'deck', params: 2 })).toBe(false)
    expect(isDeckMessage({ kind: 'other' })).toBe(false)
    expect(isDeckMessage('hello')).toBe(false)
    expect(isDeckMessage(null)).toBe(false)
  })

  it('keeps apart two copies of the app on one site', () => {
    expect(deckChannelName('/tracker/')).not.toBe(deckChannelName('/tracker-next/'))
  })
})
