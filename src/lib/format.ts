// Dates and numbers through Intl, in the interface language. Partial dates show only what is known.
import type { FuzzyDate, IsoDate } from '../domain/types'
import { LOCALES, pluralForm, type Lang, type PluralForms } from '../i18n/lang'

const formatters = new Map<string, Intl.DateTimeFormat>()
function dateFormatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${JSON.stringify(options)}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: 'UTC' })
    formatters.set(key, formatter)
  }
  return formatter
}

const asUtc = (date: IsoDate) => new Date(`${date}T00:00:00Z`)

// A board redraw formats the same few hundred dates again; parsing and formatting each costs more than a lookup.
const formattedDays = new Map<string, string>()
export function formatDay(date: IsoDate, lang: Lang): string {
  const key = `${lang}${date}`
  let text = formattedDays.get(key)
  if (text === undefined) {
    text = dateFormatter(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(asUtc(date))
    formattedDays.set(key, text)
  }
  return text
}

export function formatMonth(date: IsoDate, lang: Lang): string {
  return dateFormatter(lang, { month: 'short', year: 'numeric' }).format(asUtc(date))
}

/** "7 Dec 2019", "Nov 2019", "2021", with "~" for dates inferred from content. */
export function formatFuzzyDate(date: FuzzyDate, lang: Lang): string {
  const text =
    date.precision === 'day'
      ? formatDay(date.start, lang)
      : date.precision === 'month'
        ? formatMonth(date.start, lang)
        : date.value
  return date.inferred ? `~${text}` : text
}

// Building an Intl formatter costs far more than using one, and the board formats hundreds of numbers per render.
const numberFormatters = new Map<string, Intl.NumberFormat>()
function numberFormatter(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lang}:${JSON.stringify(options)}`
  let formatter = numberFormatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALES[lang], options)
    numberFormatters.set(key, formatter)
  }
  return formatter
}

export function formatNumber(value: number, lang: Lang): string {
  return numberFormatter(lang).format(value)
}

/** A share (0–1) as a whole percentage: "35%". */
export function formatPercent(share: number, lang: Lang): string {
  return numberFormatter(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share)
}

const DAY_FORMS: Record<Lang, PluralForms> = {
  en: { one: 'day', other: 'days' },
  ru: { one: 'день', few: 'дня', many: 'дней', other: 'дня' },
}

/** "412 days", with the language's plural form. */
export function formatDayCount(days: number, lang: Lang): string {
  return `${formatNumber(days, lang)} ${pluralForm(days, lang, DAY_FORMS[lang])}`
}
