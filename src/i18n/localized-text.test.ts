import { sourceTitleFor, textIn, textSegments, type LocalizedText } from './localized-text'

const said: LocalizedText = {
  en: 'Peskov called it “a titanic job”.',
  ru: 'Песков назвал это «титаническая работа».',
  quotes: [{ lang: 'ru', original: 'титаническая работа', en: 'a titanic job', ru: null }],
}

describe('localized text', () => {
  it('shows the reader’s language, and English where a dataset has no Russian', () => {
    expect(textIn(said, 'ru')).toBe('Песков назвал это «титаническая работа».')
    expect(textIn({ en: 'Only English', ru: null, quotes: [] }, 'ru')).toBe('Only English')
  })

  it('keeps a quote’s original wording in Russian and marks the English as a translation', () => {
    expect(textSegments(said, 'ru')).toEqual([
      { kind: 'plain', text: 'Песков назвал это «' },
      { kind: 'quote', text: 'титаническая работа»', lang: 'ru', translatedFrom: null },
      { kind: 'plain', text: '.' },
    ])
    expect(textSegments(said, 'en')).toEqual([
      { kind: 'plain', text: 'Peskov called it “' },
      { kind: 'quote', text: 'a titanic job”', lang: 'en', translatedFrom: said.quotes[0] },
      { kind: 'plain', text: '.' },
    ])
  })

  it('gives a source’s title as published, with a rendering only where the reader’s language differs', () => {
    const russian = {
      title: { en: 'Lukashenko got the plan', ru: 'Лукашенко получил план', quotes: [] },
      originalTitle: null,
      language: 'ru',
    }
    expect(sourceTitleFor(russian, 'ru')).toEqual({
      original: 'Лукашенко получил план',
      originalLang: 'ru',
      rendering: null,
    })
    expect(sourceTitleFor(russian, 'en')).toEqual({
      original: 'Лукашенко получил план',
      originalLang: 'ru',
      rendering: 'Lukashenko got the plan',
    })
    const belarusian = { ...russian, originalTitle: 'Пасольства заявіла', language: 'be' }
    expect(sourceTitleFor(belarusian, 'ru')).toEqual({
      original: 'Пасольства заявіла',
      originalLang: 'be',
      rendering: 'Лукашенко получил план',
    })
  })
})
