// The interface's languages. Everything that speaks to a reader is keyed by Lang, so adding a language is a
// change the compiler walks through: every Record<Lang, …> and every LocalizedText then asks for it.
export const LANGS = ['en', 'ru'] as const
export type Lang = (typeof LANGS)[number]

export const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value)

export const LOCALES: Record<Lang, string> = { en: 'en-GB', ru: 'ru-RU' }

/** A word in each plural form a language has ("день / дня / дней"); `other` is the form for any form not given. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string }

const pluralRules = Object.fromEntries(LANGS.map((lang) => [lang, new Intl.PluralRules(LOCALES[lang])])) as Record<
  Lang,
  Intl.PluralRules
>

/** The form of a word that goes with a count: 1 дорожная карта, 2 дорожные карты, 5 дорожных карт. */
export function pluralForm(count: number, lang: Lang, forms: PluralForms): string {
  return forms[pluralRules[lang].select(count)] ?? forms.other
}
