// Fuzzy dates: a fact or a deadline known only to the month counts from its last day, when the month is out.
import type { LocalizedText } from '../i18n/localized-text'
import type { FuzzyDate, IsoDate, Precision } from './types'

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

export function isIsoDate(value: string): value is IsoDate {
  if (!ISO_DAY.test(value)) return false
  const [year = 0, month = 0, day = 0] = value.split('-').map(Number)
  if (month < 1 || month > 12) return false
  return day >= 1 && day <= daysInMonth(year, month)
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

const pad = (n: number) => String(n).padStart(2, '0')

export function periodStart(value: string): IsoDate {
  if (value.length === 4) return `${value}-01-01`
  if (value.length === 7) return `${value}-01`
  return value
}

export function periodEnd(value: string): IsoDate {
  if (value.length === 4) return `${value}-12-31`
  if (value.length === 7) {
    const [year = 0, month = 0] = value.split('-').map(Number)
    return `${value}-${pad(daysInMonth(year, month))}`
  }
  return value
}

export function makeFuzzyDate(
  value: string,
  precision: Precision,
  inferred = false,
  note: LocalizedText | null = null,
): FuzzyDate {
  return { value, precision, inferred, note, start: periodStart(value), end: periodEnd(value) }
}

/** Days from a to b (b − a), both ISO days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000
  return new Date(time).toISOString().slice(0, 10)
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b
}

/**
 * The first day a date counts as past: its last day. A report dated only "November 2019" may come from any day of
 * that month, so until the month is out it is not known to have happened yet (strict as-of).
 */
export function knownFrom(date: FuzzyDate): IsoDate {
  return date.end
}
