// Data texts for tests: English as given, Russian as given or marked as the English's stand-in.
import type { LocalizedText } from '../i18n/localized-text'

export const text = (en: string, ru = `[ru] ${en}`): LocalizedText => ({ en, ru, quotes: [] })
