// The options listed under each filter, with the count of results each would give.
export interface FacetValue {
  readonly value: string
  readonly label: string
}

export interface FacetOption extends FacetValue {
  readonly count: number
  readonly checked: boolean
}

/**
 * Options for one facet. A closed vocabulary (statuses, outcomes) keeps its order and every value; an open list
 * (topics, people) shows only values with results or already chosen: chosen first, then most results first.
 */
export function facetOptions(
  values: readonly FacetValue[],
  counts: ReadonlyMap<string, number>,
  selected: readonly string[],
  vocabulary: boolean,
): readonly FacetOption[] {
  const options = values.map((entry) => ({
    ...entry,
    count: counts.get(entry.value) ?? 0,
    checked: selected.includes(entry.value),
  }))
  if (vocabulary) return options
  return options
    .filter((option) => option.count > 0 || option.checked)
    .sort((a, b) => Number(b.checked) - Number(a.checked) || b.count - a.count || a.label.localeCompare(b.label))
}

export function activeFilterCount(filters: {
  readonly topics: readonly string[]
  readonly statuses: readonly string[]
  readonly actors: readonly string[]
  readonly outcomes: readonly string[]
  readonly q: string
}): number {
  const chosen = filters.topics.length + filters.statuses.length + filters.actors.length + filters.outcomes.length
  return chosen + (filters.q.trim() === '' ? 0 : 1)
}
