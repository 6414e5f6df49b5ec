import { memo, type ReactNode } from 'react'
import type { FacetOption, FacetValue } from './facet-options'

interface FacetGroupProps {
  readonly legend: string
  readonly options: readonly FacetOption[]
  readonly resultsLabel: (count: number) => string
  readonly onToggle: (value: string) => void
  /** How a value reads; defaults to its label. Statuses and outcomes pass their badge. */
  readonly renderLabel?: (option: FacetValue) => ReactNode
}

/** Past this many values a list scrolls inside its box rather than pushing the other filters down. */
const LONG_LIST = 10

interface FacetOptionRowProps extends FacetOption {
  readonly resultsLabel: (count: number) => string
  readonly onToggle: (value: string) => void
  readonly renderLabel?: (option: FacetValue) => ReactNode
}

/** One value: primitives and stable callbacks only, so a filter change redraws just the values whose count moved. */
const FacetOptionRow = memo(function FacetOptionRow({
  value,
  label,
  count,
  checked,
  resultsLabel,
  onToggle,
  renderLabel,
}: FacetOptionRowProps) {
  return (
    <li>
      <label
        className={count === 0 && !checked ? 'board-facet__option board-facet__option--empty' : 'board-facet__option'}
      >
        {/* Named in one string so every browser reads "Gas, 3 results" the same way. */}
        <input
          type="checkbox"
          checked={checked}
          aria-label={`${label}, ${resultsLabel(count)}`}
          onChange={() => onToggle(value)}
        />
        <span className="board-facet__label" aria-hidden="true">
          {renderLabel ? renderLabel({ value, label }) : label}
        </span>
        <span className="board-facet__count" aria-hidden="true">
          {count}
        </span>
      </label>
    </li>
  )
})

export function FacetGroup({ legend, options, resultsLabel, onToggle, renderLabel }: FacetGroupProps) {
  if (options.length === 0) return null
  return (
    <fieldset className="board-facet">
      <legend className="board-facet__legend">{legend}</legend>
      <ul
        className={
          options.length > LONG_LIST ? 'board-facet__options board-facet__options--long' : 'board-facet__options'
        }
      >
        {options.map((option) => (
          <FacetOptionRow
            key={option.value}
            {...option}
            resultsLabel={resultsLabel}
            onToggle={onToggle}
            renderLabel={renderLabel}
          />
        ))}
      </ul>
    </fieldset>
  )
}
