// The shared time control: every view that shows statuses follows the date chosen here.
import { useEffect, useId, useState } from 'react'
import { addDays, daysBetween, isIsoDate } from '../domain/dates'
import { KEY_DATES } from '../domain/key-dates'
import type { Lang } from '../i18n/lang'
import { formatDay } from '../lib/format'
import { useAsOf, useDataset, useToday } from '../state/on-screen'
import { useLang, useT } from '../state/use-t'
import { useViewStore } from '../state/view-store'

const RANGE_START = '2019-01-01'

const PAST_THE_DATA: Record<Lang, (latest: string, asOf: string) => string> = {
  en: (latest, asOf) =>
    `The data holds nothing after ${latest}: what is shown for ${asOf} is what was known on ${latest}.`,
  ru: (latest, asOf) => `В данных нет фактов позже ${latest}: на ${asOf} показано то, что было известно на ${latest}.`,
}
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
  // On a phone the bar folds to one line (the date and "More dates"); the rest opens below it on demand.
  const [unfolded, setUnfolded] = useState(false)
  const sliderId = useId()
  const moreId = useId()
  const t = useT()
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
    <section className={`as-of-bar${unfolded ? ' as-of-bar--unfolded' : ''}`} aria-label={t('asOf.region')}>
      <div className="as-of-bar__row">
        <label className="field">
          <span>{t('asOf.date')}</span>
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
        <label className="field field--grow as-of-bar__foldable" htmlFor={sliderId}>
          <span className="visually-hidden">{t('asOf.slider')}</span>
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
          // Left in the folded bar while it plays, so that Pause stays in reach.
          className={playing ? undefined : 'as-of-bar__foldable'}
          aria-pressed={playing}
          onClick={() => {
            if (!playing && !KEY_DATES.some((key) => key.date > asOf)) choose(KEY_DATES[0]?.date ?? RANGE_START)
            setPlaying(!playing)
          }}
        >
          {playing ? t('asOf.pause') : t('asOf.play')}
        </button>
        <button
          type="button"
          className="as-of-bar__fold-toggle"
          aria-expanded={unfolded}
          aria-controls={moreId}
          onClick={() => setUnfolded(!unfolded)}
        >
          {t('asOf.more')}
        </button>
        <label className="field as-of-bar__foldable">
          <span>{t('asOf.compare')}</span>
          <input
            type="date"
            value={compare ?? ''}
            min={RANGE_START}
            max={today}
            onChange={(event) => setCompare(isIsoDate(event.target.value) ? event.target.value : null)}
          />
        </label>
        {compare ? (
          <button type="button" className="as-of-bar__foldable" onClick={() => setCompare(null)}>
            {t('asOf.clearCompare')}
          </button>
        ) : null}
      </div>
      <ul id={moreId} className="as-of-bar__presets as-of-bar__foldable" aria-label={t('asOf.keyDates')}>
        {KEY_DATES.map((key) => (
          <li key={key.date}>
            <button
              type="button"
              aria-pressed={asOf === key.date}
              onClick={() => choose(key.date)}
              title={key.label[lang]}
            >
              {formatDay(key.date, lang)}
              <span className="as-of-bar__preset-label">{key.label[lang]}</span>
            </button>
          </li>
        ))}
        <li>
          <button type="button" aria-pressed={asOf === latest} onClick={() => choose(latest)}>
            {t('asOf.latest')}
            <span className="as-of-bar__preset-label">{formatDay(latest, lang)}</span>
          </button>
        </li>
        <li>
          <button type="button" aria-pressed={asOf === today} onClick={() => choose(today)}>
            {t('asOf.today')}
            <span className="as-of-bar__preset-label">{formatDay(today, lang)}</span>
          </button>
        </li>
      </ul>
      {asOf > latest ? (
        <p className="inline-notice" role="note">
          {PAST_THE_DATA[lang](formatDay(latest, lang), formatDay(asOf, lang))}
        </p>
      ) : null}
    </section>
  )
}
