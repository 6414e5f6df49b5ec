import { outcomeAsOf, targetsForItem } from './deadlines'
import { claimantIds, statusAsOf } from './items'
import { matchesTokens, queryTokens } from './search'
import type { IsoDate, Item, ItemSet, Target } from './types'
import type { Outcome, Status } from './vocabulary'

export interface Filters {
  readonly set: ItemSet
  readonly topics: readonly string[]
  readonly statuses: readonly Status[]
  readonly actors: readonly string[]
  readonly outcomes: readonly Outcome[]
  readonly q: string
}

export type FacetKey = 'topics' | 'statuses' | 'actors' | 'outcomes'

export const NO_FILTERS = { topics: [], statuses: [], actors: [], outcomes: [], q: '' } as const

export function hasActiveFilters(filters: Filters): boolean {
  return (
    filters.topics.length + filters.statuses.length + filters.actors.length + filters.outcomes.length > 0 ||
    filters.q.trim() !== ''
  )
}

/** What a filter needs besides the item: kept together so selectors take one context argument. */
export interface FilterContext {
  readonly targets: readonly Target[]
  readonly searchIndex: ReadonlyMap<string, string>
  readonly asOf: IsoDate
}

/** The facts about one item that the facets test, computed once per item and date. */
export interface ItemFacts {
  readonly item: Item
  readonly status: Status | null
  readonly actors: readonly string[]
  readonly outcomes: readonly Outcome[]
}

export function itemFacts(item: Item, context: FilterContext): ItemFacts {
  return {
    item,
    status: statusAsOf(item, context.asOf)?.status ?? null,
    actors: claimantIds(item),
    outcomes: targetsForItem(context.targets, item.id).map((target) => outcomeAsOf(target, context.asOf).outcome),
  }
}

const intersects = <T>(values: readonly T[], wanted: readonly T[]) =>
  wanted.length === 0 || values.some((value) => wanted.includes(value))

function matchesFacet(facts: ItemFacts, filters: Filters, facet: FacetKey): boolean {
  switch (facet) {
    case 'topics':
      return intersects(facts.item.topics, filters.topics)
    case 'statuses':
      return filters.statuses.length === 0 || (facts.status !== null && filters.statuses.includes(facts.status))
    case 'actors':
      return intersects(facts.actors, filters.actors)
    case 'outcomes':
      return intersects(facts.outcomes, filters.outcomes)
  }
}

const FACETS: readonly FacetKey[] = ['topics', 'statuses', 'actors', 'outcomes']

function matchesQuery(facts: ItemFacts, tokens: readonly string[], context: FilterContext): boolean {
  return tokens.length === 0 || matchesTokens(context.searchIndex.get(facts.item.id) ?? '', tokens)
}

/** Items of the chosen set that were listed by `asOf` and pass every filter. */
export function applyFilters(items: readonly Item[], filters: Filters, context: FilterContext): readonly ItemFacts[] {
  const tokens = queryTokens(filters.q)
  const result: ItemFacts[] = []
  for (const item of items) {
    if (item.set !== filters.set) continue
    const facts = itemFacts(item, context)
    if (facts.status === null) continue
    if (FACETS.every((facet) => matchesFacet(facts, filters, facet)) && matchesQuery(facts, tokens, context)) {
      result.push(facts)
    }
  }
  return result
}

export type FacetCounts = Readonly<Record<FacetKey, ReadonlyMap<string, number>>>

/**
 * For each facet value, how many items would match if that value were the facet's only choice and every other
 * filter stayed: the number shown beside each filter option.
 */
export function facetCounts(items: readonly Item[], filters: Filters, context: FilterContext): FacetCounts {
  const tokens = queryTokens(filters.q)
  const counts = { topics: new Map(), statuses: new Map(), actors: new Map(), outcomes: new Map() } as Record<
    FacetKey,
    Map<string, number>
  >
  const bump = (facet: FacetKey, value: string) => counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1)
  for (const item of items) {
    if (item.set !== filters.set) continue
    const facts = itemFacts(item, context)
    if (facts.status === null || !matchesQuery(facts, tokens, context)) continue
    for (const facet of FACETS) {
      if (!FACETS.every((other) => other === facet || matchesFacet(facts, filters, other))) continue
      const values: readonly string[] =
        facet === 'topics'
          ? facts.item.topics
          : facet === 'statuses'
            ? [facts.status]
            : facet === 'actors'
              ? facts.actors
              : [...new Set(facts.outcomes)]
      for (const value of values) bump(facet, value)
    }
  }
  return counts
}
