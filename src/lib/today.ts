import type { IsoDate } from '../domain/types'

/** Today's date in UTC; the one place the app reads the clock (domain code takes dates as arguments). */
export function todayIso(): IsoDate {
  return new Date().toISOString().slice(0, 10)
}

/** Calls `onChange` when the UTC date turns, so a page left open overnight does not keep yesterday as today. */
export function subscribeToDayChange(onChange: () => void): () => void {
  let timer = 0
  const schedule = () => {
    const now = new Date()
    const nextMidnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1)
    timer = window.setTimeout(
      () => {
        onChange()
        schedule()
      },
      nextMidnight - now.getTime() + 1000,
    )
  }
  schedule()
  return () => window.clearTimeout(timer)
}
