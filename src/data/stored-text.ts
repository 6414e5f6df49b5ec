// How a text is stored in a data file ("…" for English only, or { en, ru, quotes }) and how it is read into the
// model's LocalizedText: one rule for the schema (raw-schema.ts) and for the data the build checked.
import { englishOnly, type LocalizedText, type Quote } from '../i18n/localized-text'
import type { SourceLanguage } from '../i18n/source-languages'

interface StoredQuote {
  readonly lang: SourceLanguage
  readonly original: string
  readonly en?: string | undefined
  readonly ru?: string | undefined
}

export type StoredText =
  | string
  | { readonly en: string; readonly ru?: string | undefined; readonly quotes?: readonly StoredQuote[] | undefined }

const readQuote = (quote: StoredQuote): Quote => ({ ...quote, en: quote.en ?? null, ru: quote.ru ?? null })

export function readStoredText(text: StoredText): LocalizedText {
  if (typeof text === 'string') return englishOnly(text)
  return { en: text.en, ru: text.ru ?? null, quotes: (text.quotes ?? []).map(readQuote) }
}

const isStoredTextObject = (value: object): value is Exclude<StoredText, string> =>
  'en' in value && typeof value.en === 'string'

/**
 * A whole file's texts read into LocalizedText, found by their shape: in checked data every object with an
 * English string is a text (quotes, which have one too, sit inside texts). Bare-string texts cannot be told from
 * other strings, so this serves translated data only; the build checks that it gives what the schema gives.
 */
export function readStoredTexts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(readStoredTexts)
  if (!value || typeof value !== 'object') return value
  if (isStoredTextObject(value)) return readStoredText(value)
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, readStoredTexts(child)]))
}
