// The facets: topic, status on the date, who made the claim, deadline outcome. Each value shows how many results
// it would give with the other filters kept.
import { useMemo, type ReactNode } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { OutcomeBadge } from '../../components/outcome-badge'
import { StatusBadge } from '../../components/status-badge'
import { hasActiveFilters, type FacetKey } from '../../domain/filters'
import { OUTCOME_META } from '../../domain/outcome'
import { STATUS_META } from '../../domain/status'
import { DEADLINE_STATES, STATUSES, type DeadlineStatus, type Status } from '../../domain/vocabulary'
import { useDataset, useFilters } from '../../state/derived'
import { useBoardFacetCounts } from './use-board-facet-counts'
import { useLang } from '../../state/use-t'
import type { Lang } from '../../i18n/lang'
import { useViewStore } from '../../state/view-store'
import { useBoardText } from './board-text'
import { FacetGroup } from './facet-group'
import { facetOptions, type FacetValue } from './facet-options'
import { useLabels } from './use-labels'

const isStatus = (value: string): value is Status => value in STATUS_META
const isDeadlineStatus = (value: string): value is DeadlineStatus => value in OUTCOME_META
const statusLabel = (status: Status, lang: Lang) => STATUS_META[status].label[lang]
const outcomeLabel = (outcome: DeadlineStatus, lang: Lang) => OUTCOME_META[outcome].label[lang]

interface FacetSpec {
  readonly facet: FacetKey
  readonly legend: string
  readonly values: readonly FacetValue[]
  /** A closed vocabulary keeps its order and every value (see facetOptions). */
  readonly vocabulary: boolean
  /** Made once per facet, so the values whose count did not move skip their redraw. */
  readonly onToggle: (value: string) => void
  readonly renderLabel?: (option: FacetValue) => ReactNode
}

export function FilterPanel() {
  const dataset = useDataset()
  const lang = useLang()
  const text = useBoardText()
  const labels = useLabels()
  const counts = useBoardFacetCounts()
  const filters = useFilters()
  const { toggleFacetValue, clearFilters } = useViewStore(
    useShallow((state) => ({ toggleFacetValue: state.toggleFacetValue, clearFilters: state.clearFilters })),
  )

  // What each facet lists depends on the data and the language only, not on the filters.
  const specs = useMemo(
    (): readonly FacetSpec[] => [
      {
        facet: 'topics',
        legend: text.facetTopics,
        values: dataset.topics.map((topic) => ({ value: topic.id, label: labels.topic(topic.id) })),
        vocabulary: false,
        onToggle: (value) => toggleFacetValue('topics', value),
      },
      {
        facet: 'statuses',
        legend: text.facetStatuses,
        values: STATUSES.map((status) => ({ value: status, label: statusLabel(status, lang) })),
        vocabulary: true,
        onToggle: (value) => toggleFacetValue('statuses', value),
        renderLabel: (option) =>
          isStatus(option.value) ? <StatusBadge status={option.value} lang={lang} /> : option.label,
      },
      {
        facet: 'actors',
        legend: text.facetActors,
        values: dataset.people.map((person) => ({ value: person.id, label: labels.person(person) })),
        vocabulary: false,
        onToggle: (value) => toggleFacetValue('actors', value),
      },
      {
        facet: 'outcomes',
        legend: text.facetOutcomes,
        values: DEADLINE_STATES.map((outcome) => ({ value: outcome, label: outcomeLabel(outcome, lang) })),
        vocabulary: true,
        onToggle: (value) => toggleFacetValue('outcomes', value),
        renderLabel: (option) =>
          isDeadlineStatus(option.value) ? <OutcomeBadge outcome={option.value} lang={lang} /> : option.label,
      },
    ],
    [dataset, labels, lang, text, toggleFacetValue],
  )

  return (
    <div className="board-filter-panel">
      <button
        type="button"
        className="board-filter-panel__clear"
        onClick={clearFilters}
        disabled={!hasActiveFilters(filters)}
      >
        {text.clearAll}
      </button>
      {specs.map((spec) => (
        <FacetGroup
          key={spec.facet}
          legend={spec.legend}
          options={facetOptions(spec.values, counts[spec.facet], filters[spec.facet], spec.vocabulary)}
          resultsLabel={text.results}
          onToggle={spec.onToggle}
          renderLabel={spec.renderLabel}
        />
      ))}
    </div>
  )
}
