// The shared time control: every view that shows statuses follows the date chosen here.
import { useEffect, useId, useState } from 'react'
import { addDays, daysBetween, isIsoDate } from '../domain/dates'
import { KEY_DATES } from '../domain/key-dates'
import { formatDay } from '../lib/format'
import { useAsOf, useDataset, useToday } from '../state/on-screen'
import { useLang } from '../state/use-t'
import { useViewStore } from '../state/view-store'

const RANGE_START = '2019-01-01'
const PLAY_STEP_MS = 1600

export function AsOfBar() {
  const asOf = useAsOf()
  const today = useToday()
  const latest = useDataset().latestFactDate
  const lang = useLang()
  const compare = useViewStore((state) => state.compare)
  const setAsOf = useViewStore((state) => state.setAsOf)
  const setCompare = useViewStore((state) => state.setCompare)
  const [playing, setPlaying] = useState(false)
  const sliderId = useId()
  const ru = lang === 'ru'
  const span = daysBetween(RANGE_START, today)
  // The latest dated fact is the default date, so choosing it keeps the link free of a date.
  const choose = (date: string) => setAsOf(date === latest ? null : date)

  useEffect(() => {
    if (!playing) return
    const timer = window.setInterval(() => {
      const current = useViewStore.getState().asOf ?? latest
      const next = KEY_DATES.find((key) => key.date > current)
      if (next) choose(next.date)
      else setPlaying(false)
    }, PLAY_STEP_MS)
    return () => window.clearInterval(timer)
    // choose only wraps the store action; re-running on its identity would restart the timer each step.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [playing, latest])

  return (
    <section className="as-of-bar" aria-label={ru ? 'Дата среза' : 'Date shown'}>
      <div className="as-of-bar__row">
        <label className="field">
          <span>{ru ? 'По состоянию на' : 'As of'}</span>
          <input
            type="date"
            value={asOf}
            min={RANGE_START}
            max={today}
            onChange={(event) => {
              if (isIsoDate(event.target.value)) choose(event.target.value)
            }}
          />
        </label>
        <label className="field field--grow" htmlFor={sliderId}>
          <span className="visually-hidden">{ru ? 'Шкала времени' : 'Time slider'}</span>
          <input
            id={sliderId}
            type="range"
            min={0}
            max={span}
            value={Math.max(0, Math.min(span, daysBetween(RANGE_START, asOf)))}
            aria-valuetext={formatDay(asOf, lang)}
            onChange={(event) => choose(addDays(RANGE_START, Number(event.target.value)))}
          />
        </label>
        <button
          type="button"
          aria-pressed={playing}
          onClick={() => {
            if (!playing && !KEY_DATES.some((key) => key.date > asOf)) choose(KEY_DATES[0]?.date ?? RANGE_START)
            setPlaying(!playing)
          }}
        >
          {playing ? (ru ? '‖ Пауза' : '‖ Pause') : ru ? '▶ Воспроизвести ключевые даты' : '▶ Play key dates'}
        </button>
        <label className="field">
          <span>{ru ? 'Сравнить с' : 'Compare with'}</span>
          <input
            type="date"
            value={compare ?? ''}
            min={RANGE_START}
            max={today}
            onChange={(event) => setCompare(isIsoDate(event.target.value) ? event.target.value : null)}
          />
        </label>
        {compare ? (
          <button type="button" onClick={() => setCompare(null)}>
            {ru ? 'Без сравнения' : 'Clear comparison'}
          </button>
        ) : null}
      </div>
      <ul className="as-of-bar__presets" aria-label={ru ? 'Ключевые даты' : 'Key dates'}>
        {KEY_DATES.map((key) => (
          <li key={key.date}>
            <button
              type="button"
              aria-pressed={asOf === key.date}
              onClick={() => choose(key.date)}
              title={ru ? key.labelRu : key.label}
            >
              {formatDay(key.date, lang)}
              <span className="as-of-bar__preset-label">{ru ? key.labelRu : key.label}</span>
            </button>
          </li>
        ))}
        <li>
          <button type="button" aria-pressed={asOf === latest} onClick={() => choose(latest)}>
            {ru ? 'Последние данные' : 'Latest data'}
            <span className="as-of-bar__preset-label">{formatDay(latest, lang)}</span>
          </button>
        </li>
        <li>
          <button type="button" aria-pressed={asOf === today} onClick={() => choose(today)}>
            {ru ? 'Сегодня' : 'Today'}
            <span className="as-of-bar__preset-label">{formatDay(today, lang)}</span>
          </button>
        </li>
      </ul>
      {asOf > latest ? (
        <p className="inline-notice" role="note">
          {ru
            ? `В данных нет фактов позже ${formatDay(latest, lang)}: на ${formatDay(asOf, lang)} показано то, что было известно на ${formatDay(latest, lang)}.`
            : `The data holds nothing after ${formatDay(latest, lang)}: what is shown for ${formatDay(asOf, lang)} is what was known on ${formatDay(latest, lang)}.`}
        </p>
      ) : null}
    </section>
  )
}
