// Finds the texts of a parsed dataset that have no Russian, each with the path it sits at in its file.
import type { LocalizedText } from '../i18n/localized-text'

export type TextPath = readonly (string | number)[]

function isLocalizedText(value: object): value is LocalizedText {
  return 'en' in value && 'ru' in value && 'quotes' in value
}

/** Every English-only text under `value`, depth first in file order. */
export function* untranslatedTexts(value: unknown, path: TextPath = []): Generator<TextPath> {
  if (Array.isArray(value)) {
    for (const [index, entry] of value.entries()) yield* untranslatedTexts(entry, [...path, index])
    return
  }
  if (!value || typeof value !== 'object') return
  if (isLocalizedText(value)) {
    if (value.ru === null) yield path
    return
  }
  for (const [key, child] of Object.entries(value)) yield* untranslatedTexts(child, [...path, key])
}

/** Whether any text under `value` has its Russian. */
export function hasTranslatedText(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasTranslatedText)
  if (!value || typeof value !== 'object') return false
  if (isLocalizedText(value)) return value.ru !== null
  return Object.values(value).some(hasTranslatedText)
}
