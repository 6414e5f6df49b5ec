// A text of the dataset in both interface languages, with the quotes it holds in their original wording.
import { LANGS, type Lang } from './lang'

/**
 * Words quoted as said or printed: `original` in its own language, with a translation for each interface
 * language it was not said in (a Belarusian original has an English one and may have a Russian one).
 */
export interface Quote {
  readonly lang: string
  readonly original: string
  readonly en: string | null
  readonly ru: string | null
}

/** `ru` is null only in a dataset whose texts are all English (a user's own); the bundled data has both. */
export interface LocalizedText {
  readonly en: string
  readonly ru: string | null
  readonly quotes: readonly Quote[]
}

/** A plain string as English-only text: what a user's own older dataset holds. */
export function englishOnly(text: string): LocalizedText {
  return { en: text, ru: null, quotes: [] }
}

/** The language the text is shown in for a reader of `lang`: theirs, else English. */
export function shownLang(text: LocalizedText, lang: Lang): Lang {
  return text[lang] === null ? 'en' : lang
}

/** The text for a reader of `lang`; English where the dataset has no translation. */
export function textIn(text: LocalizedText, lang: Lang): string {
  return text[shownLang(text, lang)] ?? text.en
}

/** Every language's wording, for search. */
export function allWordings(text: LocalizedText): string {
  return LANGS.map((lang) => text[lang] ?? '').join(' ')
}

/** How the quoted words read in `lang`'s text: the original where it was said in that language, else the translation. */
export function quoteWordingIn(quote: Quote, lang: Lang): string {
  return quote.lang === lang ? quote.original : (quote[lang] ?? quote.original)
}

const CLOSING_MARK = /^[”»"’]/

export type TextSegment =
  | { readonly kind: 'plain'; readonly text: string }
  /** Quoted words as shown, `lang` being their own language; `translatedFrom` set when they are a translation. */
  | { readonly kind: 'quote'; readonly text: string; readonly lang: string; readonly translatedFrom: Quote | null }

/** The text for `lang` cut into plain runs and the quotes it holds, each quote marked as original or translation. */
export function textSegments(text: LocalizedText, lang: Lang): readonly TextSegment[] {
  const shown = shownLang(text, lang)
  const body = textIn(text, lang)
  const marks = text.quotes
    .map((quote) => {
      const wording = quoteWordingIn(quote, shown)
      const isOriginal = wording === quote.original
      return {
        at: body.indexOf(wording),
        text: wording,
        lang: isOriginal ? quote.lang : shown,
        translatedFrom: isOriginal ? null : quote,
      }
    })
    .filter((mark) => mark.at >= 0)
    .sort((a, b) => a.at - b.at)
  const segments: TextSegment[] = []
  let cursor = 0
  for (const mark of marks) {
    if (mark.at < cursor) continue
    if (mark.at > cursor) segments.push({ kind: 'plain', text: body.slice(cursor, mark.at) })
    // The closing quotation mark goes with the words, so a note on the translation follows it, not sits inside.
    const end = mark.at + mark.text.length
    const closing = CLOSING_MARK.exec(body.slice(end))?.[0] ?? ''
    segments.push({ kind: 'quote', text: mark.text + closing, lang: mark.lang, translatedFrom: mark.translatedFrom })
    cursor = end + closing.length
  }
  if (cursor < body.length) segments.push({ kind: 'plain', text: body.slice(cursor) })
  return segments
}

/** A source's title as published, in its own language, and its rendering in the reader's language where that differs. */
export function sourceTitleFor(
  source: { readonly title: LocalizedText; readonly originalTitle: string | null; readonly language: string },
  lang: Lang,
): { readonly original: string; readonly originalLang: string; readonly rendering: string | null } {
  const ownLang = LANGS.find((candidate) => candidate === source.language)
  const original = source.originalTitle ?? (ownLang ? source.title[ownLang] : null) ?? source.title.en
  const rendering = source.language === lang ? null : textIn(source.title, lang)
  return { original, originalLang: source.language, rendering: rendering === original ? null : rendering }
}
