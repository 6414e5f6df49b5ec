// The filters as one call over raw items: what the app's cached path (factsAsOf, then filterFacts and countFacets)
// must agree with, so tests state a filter's meaning without building the facts themselves.
import {
  countFacets,
  factsAsOf,
  filterFacts,
  type FacetCounts,
  type FilterContext,
  type Filters,
  type ItemFacts,
} from '../domain/filters'
import type { Item } from '../domain/types'

/** Items of the chosen set that were listed by `asOf` and pass every filter. */
export function applyFilters(items: readonly Item[], filters: Filters, context: FilterContext): readonly ItemFacts[] {
  const inSet = items.filter((item) => item.set === filters.set)
  return filterFacts(factsAsOf(inSet, context.targets, context.asOf), filters, context.searchIndex)
}

/** Each facet value's count, as the filter options show it. */
export function facetCounts(items: readonly Item[], filters: Filters, context: FilterContext): FacetCounts {
  const inSet = items.filter((item) => item.set === filters.set)
  return countFacets(factsAsOf(inSet, context.targets, context.asOf), filters, context.searchIndex)
}
