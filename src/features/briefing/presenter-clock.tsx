import { useEffect, useState } from 'react'
import { elapsed, formatElapsed, pauseTimer, resetTimer, resumeTimer, startTimer } from './presenter-timer'
import { usePresenterText } from './use-presenter-text'

/** Ticks often enough that the shown second never lags by a whole one. */
const TICK_MS = 250

/** Time since the presenter's window opened, with pause and reset: a clock for the speaker, not a limit. */
export function PresenterClock() {
  const words = usePresenterText()
  const [timer, setTimer] = useState(() => startTimer(Date.now()))
  const [now, setNow] = useState(() => Date.now())
  const running = timer.since !== null

  useEffect(() => {
    if (!running) return
    const id = window.setInterval(() => setNow(Date.now()), TICK_MS)
    return () => window.clearInterval(id)
  }, [running])

  const act = (change: typeof pauseTimer) => {
    const at = Date.now()
    setTimer((current) => change(current, at))
    setNow(at)
  }

  return (
    <section className="presenter__clock" aria-labelledby="presenter-clock-heading">
      <h2 id="presenter-clock-heading">{words('timer')}</h2>
      {/* role="timer" is not announced on each tick; a reader asks for it. */}
      <p className="presenter__time" role="timer" aria-labelledby="presenter-clock-heading">
        {formatElapsed(elapsed(timer, now))}
        {running ? null : <span className="presenter__paused"> ({words('paused')})</span>}
      </p>
      <div className="presenter__buttons">
        <button type="button" onClick={() => act(running ? pauseTimer : resumeTimer)}>
          {running ? words('pause') : words('resume')}
        </button>
        <button type="button" onClick={() => act(resetTimer)}>
          {words('reset')}
        </button>
      </div>
    </section>
  )
}
