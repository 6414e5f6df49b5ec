// The languages sources and quotes are in, named in each interface language. Russian names them in the genitive,
// the form "translated from …" (перевод с английского) takes.
import type { Lang } from './lang'

export const SOURCE_LANGUAGES = ['en', 'ru', 'be', 'pl', 'it', 'fr', 'de'] as const
export type SourceLanguage = (typeof SOURCE_LANGUAGES)[number]

export const TRANSLATED_FROM: Record<Lang, Record<SourceLanguage, string>> = {
  en: {
    en: 'translated from English',
    ru: 'translated from Russian',
    be: 'translated from Belarusian',
    pl: 'translated from Polish',
    it: 'translated from Italian',
    fr: 'translated from French',
    de: 'translated from German',
  },
  ru: {
    en: 'перевод с английского',
    ru: 'перевод с русского',
    be: 'перевод с белорусского',
    pl: 'перевод с польского',
    it: 'перевод с итальянского',
    fr: 'перевод с французского',
    de: 'перевод с немецкого',
  },
}

export const ORIGINAL_WORDING: Record<Lang, string> = { en: 'original', ru: 'в оригинале' }

export const isSourceLanguage = (value: string): value is SourceLanguage =>
  (SOURCE_LANGUAGES as readonly string[]).includes(value)
