// The presenter's clock: time since the talk started, which the presenter can pause and reset. A plain value
// and functions of it, with the time passed in, so the rules are tested without a clock.

export interface PresenterTimer {
  /** Time counted before the last start, in milliseconds. */
  readonly banked: number
  /** When the clock last started (ms since the epoch), or null while it is paused. */
  readonly since: number | null
}

export const startTimer = (now: number): PresenterTimer => ({ banked: 0, since: now })

export function elapsed(timer: PresenterTimer, now: number): number {
  return timer.banked + (timer.since === null ? 0 : Math.max(0, now - timer.since))
}

export function pauseTimer(timer: PresenterTimer, now: number): PresenterTimer {
  return timer.since === null ? timer : { banked: elapsed(timer, now), since: null }
}

export function resumeTimer(timer: PresenterTimer, now: number): PresenterTimer {
  return timer.since === null ? { banked: timer.banked, since: now } : timer
}

/** Back to zero; a running clock keeps running from there, a paused one stays paused. */
export function resetTimer(timer: PresenterTimer, now: number): PresenterTimer {
  return { banked: 0, since: timer.since === null ? null : now }
}

/** "07:05", or "1:02:09" past an hour: whole seconds, as a clock on a lectern shows them. */
export function formatElapsed(milliseconds: number): string {
  const seconds = Math.floor(milliseconds / 1000)
  const two = (value: number) => String(value).padStart(2, '0')
  const hours = Math.floor(seconds / 3600)
  const clock = `${two(Math.floor((seconds % 3600) / 60))}:${two(seconds % 60)}`
  return hours > 0 ? `${hours}:${clock}` : clock
}
