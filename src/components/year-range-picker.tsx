import type { YearRange } from '../domain/timeline-events'
import './year-range-picker.css'

export interface YearRangeLabels {
  readonly legend: string
  readonly from: string
  readonly to: string
  readonly all: string
}

interface YearRangePickerProps {
  readonly years: readonly number[]
  /** null: every year. */
  readonly value: YearRange
  readonly onChange: (value: YearRange) => void
  readonly labels: YearRangeLabels
}

/** A new end of the range, keeping from ≤ to by moving the other end along when needed. */
function withEnd(value: YearRange, years: readonly number[], end: 'from' | 'to', year: number): YearRange {
  const first = years[0] ?? year
  const last = years[years.length - 1] ?? year
  const current = value ?? { from: first, to: last }
  const next =
    end === 'from' ? { from: year, to: Math.max(year, current.to) } : { from: Math.min(year, current.from), to: year }
  return next.from === first && next.to === last ? null : next
}

/** Zoom by year: a first and a last year, or every year. */
export function YearRangePicker({ years, value, onChange, labels }: YearRangePickerProps) {
  const from = value?.from ?? years[0]
  const to = value?.to ?? years[years.length - 1]
  return (
    <fieldset className="year-range">
      <legend>{labels.legend}</legend>
      <label>
        {labels.from}{' '}
        <select value={from} onChange={(event) => onChange(withEnd(value, years, 'from', Number(event.target.value)))}>
          {years.map((year) => (
            <option key={year}>{year}</option>
          ))}
        </select>
      </label>
      <label>
        {labels.to}{' '}
        <select value={to} onChange={(event) => onChange(withEnd(value, years, 'to', Number(event.target.value)))}>
          {years.map((year) => (
            <option key={year}>{year}</option>
          ))}
        </select>
      </label>
      <button type="button" aria-pressed={value === null} onClick={() => onChange(null)}>
        {labels.all}
      </button>
    </fieldset>
  )
}
