import { elapsed, formatElapsed, pauseTimer, resetTimer, resumeTimer, startTimer } from './presenter-timer'

const MINUTE = 60_000

describe('the presenter’s timer', () => {
  it('counts from its start, stops while paused and goes on from there', () => {
    const started = startTimer(0)
    expect(elapsed(started, 2 * MINUTE)).toBe(2 * MINUTE)
    const paused = pauseTimer(started, 2 * MINUTE)
    expect(elapsed(paused, 10 * MINUTE)).toBe(2 * MINUTE)
    const resumed = resumeTimer(paused, 10 * MINUTE)
    expect(elapsed(resumed, 11 * MINUTE)).toBe(3 * MINUTE)
  })

  it('ignores a second pause or resume', () => {
    const paused = pauseTimer(startTimer(0), MINUTE)
    expect(pauseTimer(paused, 5 * MINUTE)).toBe(paused)
    const running = startTimer(0)
    expect(resumeTimer(running, MINUTE)).toBe(running)
  })

  it('resets to zero and keeps running or paused as it was', () => {
    expect(elapsed(resetTimer(startTimer(0), 5 * MINUTE), 6 * MINUTE)).toBe(MINUTE)
    const paused = resetTimer(pauseTimer(startTimer(0), 5 * MINUTE), 6 * MINUTE)
    expect(elapsed(paused, 9 * MINUTE)).toBe(0)
    expect(paused.since).toBeNull()
  })

  it.each([
    [0, '00:00'],
    [999, '00:00'],
    [65_000, '01:05'],
    [59 * MINUTE + 59_000, '59:59'],
    [62 * MINUTE + 9_000, '1:02:09'],
  ])('shows %i ms as %s', (milliseconds, shown) => {
    expect(formatElapsed(milliseconds)).toBe(shown)
  })
})
