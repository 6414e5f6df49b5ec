import { useMemo } from 'react'
import { countFacets } from '../../domain/filters'
import { useDeferredSearch } from '../../state/derived'

/** Facet counts for the board, computed with the same deferred search as its rows. */
export function useBoardFacetCounts() {
  const { facts, filters, context } = useDeferredSearch()
  return useMemo(() => countFacets(facts, filters, context.searchIndex), [facts, filters, context])
}
