// Which texts of a parsed dataset have their Russian, found in one walk over every file.
import type { LocalizedText } from '../i18n/localized-text'

export type TextPath = readonly (string | number)[]

function isLocalizedText(value: object): value is LocalizedText {
  return 'en' in value && 'ru' in value && 'quotes' in value
}

export interface TextLanguages {
  /** Some text has its Russian. */
  readonly translated: boolean
  /** Where each English-only text sits in its file, in file order. */
  readonly untranslated: readonly TextPath[]
}

export function textLanguages(value: unknown): TextLanguages {
  let translated = false
  const untranslated: TextPath[] = []
  const walk = (node: unknown, path: TextPath): void => {
    if (Array.isArray(node)) {
      node.forEach((entry, index) => walk(entry, [...path, index]))
      return
    }
    if (!node || typeof node !== 'object') return
    if (isLocalizedText(node)) {
      if (node.ru === null) untranslated.push(path)
      else translated = true
      return
    }
    for (const [key, child] of Object.entries(node)) walk(child, [...path, key])
  }
  walk(value, [])
  return { translated, untranslated }
}
