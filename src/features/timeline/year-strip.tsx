import type { CSSProperties } from 'react'
import type { YearCount, YearRange } from '../../domain/timeline-events'
import { useTimelineText } from './timeline-text'

interface YearStripProps {
  readonly years: readonly YearCount[]
  readonly range: YearRange
  readonly onChoose: (range: YearRange) => void
}

const isOnly = (range: YearRange, year: number) => range !== null && range.from === year && range.to === year

/** Events per year as a row of small bars; each bar zooms the timeline to its year. */
export function YearStrip({ years, range, onChoose }: YearStripProps) {
  const text = useTimelineText()
  const max = Math.max(1, ...years.map((entry) => entry.count))
  return (
    <ul className="year-strip" aria-label={text.yearsStrip}>
      {years.map(({ year, count }) => (
        <li key={year}>
          <button
            type="button"
            aria-pressed={isOnly(range, year)}
            onClick={() => onChoose(isOnly(range, year) ? null : { from: year, to: year })}
            style={{ '--share': `${Math.round((count / max) * 100)}%` } as CSSProperties}
          >
            <span className="year-strip__bar" aria-hidden="true" />
            <span className="year-strip__year">{year}</span>
            <span className="year-strip__count">
              <span className="visually-hidden">, {text.countPrefix}</span>
              {count}
              <span className="visually-hidden">{text.countSuffix}</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  )
}
