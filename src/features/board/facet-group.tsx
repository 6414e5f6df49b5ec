import type { ReactNode } from 'react'
import type { FacetOption } from './facet-options'

interface FacetGroupProps {
  readonly legend: string
  readonly options: readonly FacetOption[]
  readonly resultsLabel: (count: number) => string
  readonly onToggle: (value: string) => void
  /** How a value reads; defaults to its label. Statuses and outcomes pass their badge. */
  readonly renderLabel?: (option: FacetOption) => ReactNode
}

/** Past this many values a list scrolls inside its box rather than pushing the other filters down. */
const LONG_LIST = 10

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
          <li key={option.value}>
            <label
              className={
                option.count === 0 && !option.checked
                  ? 'board-facet__option board-facet__option--empty'
                  : 'board-facet__option'
              }
            >
              {/* Named in one string so every browser reads "Gas, 3 results" the same way. */}
              <input
                type="checkbox"
                checked={option.checked}
                aria-label={`${option.label}, ${resultsLabel(option.count)}`}
                onChange={() => onToggle(option.value)}
              />
              <span className="board-facet__label" aria-hidden="true">
                {renderLabel ? renderLabel(option) : option.label}
              </span>
              <span className="board-facet__count" aria-hidden="true">
                {option.count}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
