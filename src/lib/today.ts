import type { IsoDate } from '../domain/types'

/** Today's date in UTC; the one place the app reads the clock (domain code takes dates as arguments). */
export function todayIso(): IsoDate {
  return new Date().toISOString().slice(0, 10)
}
