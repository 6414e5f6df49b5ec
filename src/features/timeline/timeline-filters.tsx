import type { FacetOption } from '../../domain/timeline-events'
import { useTimelineText } from './timeline-text'

export interface Choice {
  readonly id: string
  readonly label: string
  readonly count: number
}

/** The options of a filter select: what the events mention, plus anything already chosen on the board. */
export function toChoices(
  options: readonly FacetOption[],
  chosen: readonly string[],
  labelOf: (id: string) => string,
): readonly Choice[] {
  const listed = options.map((option) => ({ id: option.id, label: labelOf(option.id), count: option.count }))
  const missing = chosen.filter((id) => !options.some((option) => option.id === id))
  return [...listed, ...missing.map((id) => ({ id, label: labelOf(id), count: 0 }))]
}

const SEVERAL = '__several'

interface FacetSelectProps {
  readonly label: string
  readonly allLabel: string
  readonly choices: readonly Choice[]
  readonly chosen: readonly string[]
  readonly onChoose: (ids: readonly string[]) => void
}

/** One value or all; when the board chose several, says so instead of dropping them. */
export function FacetSelect({ label, allLabel, choices, chosen, onChoose }: FacetSelectProps) {
  const text = useTimelineText()
  const value = chosen.length === 0 ? '' : chosen.length === 1 ? (chosen[0] ?? '') : SEVERAL
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChoose(event.target.value === '' ? [] : [event.target.value])}>
        <option value="">{allLabel}</option>
        {chosen.length > 1 ? (
          <option value={SEVERAL} disabled>
            {text.several(chosen.length)}
          </option>
        ) : null}
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label} ({choice.count})
          </option>
        ))}
      </select>
    </label>
  )
}
