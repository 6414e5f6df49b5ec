// The facets: topic, status on the date, who made the claim, deadline outcome. Each value shows how many results
// it would give with the other filters kept.
import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { OutcomeBadge } from '../../components/outcome-badge'
import { StatusBadge } from '../../components/status-badge'
import { hasActiveFilters } from '../../domain/filters'
import { OUTCOME_META } from '../../domain/outcome'
import { STATUS_META } from '../../domain/status'
import { OUTCOMES, STATUSES, type Outcome, type Status } from '../../domain/vocabulary'
import { useBoardFacetCounts, useDataset, useFilters } from '../../state/derived'
import { useLang } from '../../state/use-t'
import type { Lang } from '../../state/view'
import { useViewStore } from '../../state/view-store'
import { useBoardText } from './board-text'
import { FacetGroup } from './facet-group'
import { facetOptions } from './facet-options'
import { useLabels } from './use-labels'

const isStatus = (value: string): value is Status => value in STATUS_META
const isOutcome = (value: string): value is Outcome => value in OUTCOME_META
const statusLabel = (status: Status, lang: Lang) => STATUS_META[status][lang === 'ru' ? 'labelRu' : 'label']
const outcomeLabel = (outcome: Outcome, lang: Lang) => OUTCOME_META[outcome][lang === 'ru' ? 'labelRu' : 'label']

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

  const options = useMemo(
    () => ({
      topics: facetOptions(
        dataset.topics.map((topic) => ({ value: topic.id, label: labels.topic(topic.id) })),
        counts.topics,
        filters.topics,
        false,
      ),
      statuses: facetOptions(
        STATUSES.map((status) => ({ value: status, label: statusLabel(status, lang) })),
        counts.statuses,
        filters.statuses,
        true,
      ),
      actors: facetOptions(
        dataset.people.map((person) => ({ value: person.id, label: labels.person(person) })),
        counts.actors,
        filters.actors,
        false,
      ),
      outcomes: facetOptions(
        OUTCOMES.map((outcome) => ({ value: outcome, label: outcomeLabel(outcome, lang) })),
        counts.outcomes,
        filters.outcomes,
        true,
      ),
    }),
    [dataset, labels, counts, filters, lang],
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
      <FacetGroup
        legend={text.facetTopics}
        options={options.topics}
        resultsLabel={text.results}
        onToggle={(value) => toggleFacetValue('topics', value)}
      />
      <FacetGroup
        legend={text.facetStatuses}
        options={options.statuses}
        resultsLabel={text.results}
        onToggle={(value) => toggleFacetValue('statuses', value)}
        renderLabel={(option) =>
          isStatus(option.value) ? <StatusBadge status={option.value} lang={lang} /> : option.label
        }
      />
      <FacetGroup
        legend={text.facetActors}
        options={options.actors}
        resultsLabel={text.results}
        onToggle={(value) => toggleFacetValue('actors', value)}
      />
      <FacetGroup
        legend={text.facetOutcomes}
        options={options.outcomes}
        resultsLabel={text.results}
        onToggle={(value) => toggleFacetValue('outcomes', value)}
        renderLabel={(option) =>
          isOutcome(option.value) ? <OutcomeBadge outcome={option.value} lang={lang} /> : option.label
        }
      />
    </div>
  )
}
