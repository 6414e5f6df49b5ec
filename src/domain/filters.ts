import { indexTargetsByItem } from './board-rows'
import { outcomeAsOf } from './deadlines'
import { claimantIds, statusAsOf } from './items'
import { matchesTokensAt, queryTokens, rememberingSearch, type SearchIndex } from './search'
import type { IsoDate, Item, ItemSet, Target } from './types'
import type { DeadlineStatus, Status } from './vocabulary'

export interface Filters {
  readonly set: ItemSet
  readonly topics: readonly string[]
  readonly statuses: readonly Status[]
  readonly actors: readonly string[]
  readonly outcomes: readonly DeadlineStatus[]
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
  readonly searchIndex: SearchIndex
  readonly asOf: IsoDate
}

/** The facts about one item that the facets test, computed once per item and date. */
export interface ItemFacts {
  readonly item: Item
  /** The date the facts are for; search reads only what was said by then. */
  readonly asOf: IsoDate
  readonly status: Status | null
  readonly actors: readonly string[]
  readonly outcomes: readonly DeadlineStatus[]
}

const NO_TARGETS: readonly Target[] = []

/**
 * The facts of every item listed by `asOf` (both sets), in item order. They depend only on the data and the date,
 * so a caller that keeps them (state/derived.ts does) filters and counts thousands of items without recomputing
 * statuses and deadlines on each keystroke.
 */
export function factsAsOf(items: readonly Item[], targets: readonly Target[], asOf: IsoDate): readonly ItemFacts[] {
  const targetsByItem = indexTargetsByItem(targets)
  const facts: ItemFacts[] = []
  for (const item of items) {
    const status = statusAsOf(item, asOf)?.status ?? null
    if (status === null) continue
    const itemTargets = targetsByItem.get(item.id) ?? NO_TARGETS
    facts.push({
      item,
      asOf,
      status,
      actors: claimantIds(item, asOf),
      outcomes: itemTargets.map((target) => outcomeAsOf(target, asOf).outcome),
    })
  }
  return facts
}

/** How many items of a set the facts hold: with factsAsOf's facts, the set's size on that date. */
export function countInSet(facts: readonly ItemFacts[], set: ItemSet): number {
  let count = 0
  for (const fact of facts) if (fact.item.set === set) count++
  return count
}

const intersects = <T>(values: readonly T[], wanted: readonly T[]) =>
  wanted.length === 0 || values.some((value) => wanted.includes(value))

/** The topic filter: a record on any chosen topic passes; every record passes while none is chosen. */
export function matchesTopics(topics: readonly string[], wanted: readonly string[]): boolean {
  return intersects(topics, wanted)
}

function matchesFacet(facts: ItemFacts, filters: Filters, facet: FacetKey): boolean {
  switch (facet) {
    case 'topics':
      return matchesTopics(facts.item.topics, filters.topics)
    case 'statuses':
      return filters.statuses.length === 0 || (facts.status !== null && filters.statuses.includes(facts.status))
    case 'actors':
      return intersects(facts.actors, filters.actors)
    case 'outcomes':
      return intersects(facts.outcomes, filters.outcomes)
  }
}

const FACETS: readonly FacetKey[] = ['topics', 'statuses', 'actors', 'outcomes']

function matchesQuery(facts: ItemFacts, tokens: readonly string[], searchIndex: SearchIndex): boolean {
  return tokens.length === 0 || matchesTokensAt(searchIndex.get(facts.item.id), tokens, facts.asOf)
}

/**
 * A search over one date's facts (from factsAsOf), for query after query: the facts whose item's search text holds
 * every word of `q`, all of them for an empty query. It remembers recent queries (rememberingSearch), so keep one
 * per facts list and search index.
 */
export function factsSearch(
  facts: readonly ItemFacts[],
  searchIndex: SearchIndex,
): (q: string) => readonly ItemFacts[] {
  const search = rememberingSearch(facts, (fact, tokens) => matchesQuery(fact, tokens, searchIndex))
  return (q) => search(queryTokens(q))
}

/** The facts (from factsAsOf) of the chosen set that pass every filter. */
export function filterFacts(
  facts: readonly ItemFacts[],
  filters: Filters,
  searchIndex: SearchIndex,
): readonly ItemFacts[] {
  const tokens = queryTokens(filters.q)
  return facts.filter(
    (fact) =>
      fact.item.set === filters.set &&
      FACETS.every((facet) => matchesFacet(fact, filters, facet)) &&
      matchesQuery(fact, tokens, searchIndex),
  )
}

export type FacetCounts = Readonly<Record<FacetKey, ReadonlyMap<string, number>>>

/**
 * For each facet value, how many items would match if that value were the facet's only choice and every other
 * filter stayed: the number shown beside each filter option. Reads facts from factsAsOf.
 */
export function countFacets(facts: readonly ItemFacts[], filters: Filters, searchIndex: SearchIndex): FacetCounts {
  const tokens = queryTokens(filters.q)
  const counts = { topics: new Map(), statuses: new Map(), actors: new Map(), outcomes: new Map() } as Record<
    FacetKey,
    Map<string, number>
  >
  const bump = (facet: FacetKey, value: string) => counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1)
  const bumpValues = (facet: FacetKey, fact: ItemFacts, status: Status) => {
    switch (facet) {
      case 'topics':
        for (const topic of fact.item.topics) bump(facet, topic)
        break
      case 'statuses':
        bump(facet, status)
        break
      case 'actors':
        for (const actor of fact.actors) bump(facet, actor)
        break
      case 'outcomes':
        // An item counts once per outcome, however many of its deadlines share it.
        fact.outcomes.forEach((outcome, index) => {
          if (fact.outcomes.indexOf(outcome) === index) bump(facet, outcome)
        })
        break
    }
  }
  // Thousands of items per keystroke: one pass, no arrays built per item.
  for (const fact of facts) {
    if (fact.item.set !== filters.set || fact.status === null || !matchesQuery(fact, tokens, searchIndex)) continue
    // A value counts for a facet when every other facet matches: test each facet once, then count the misses.
    let missed: FacetKey | null = null
    let misses = 0
    for (const facet of FACETS) {
      if (matchesFacet(fact, filters, facet)) continue
      missed = facet
      if (++misses > 1) break
    }
    if (misses > 1) continue
    if (missed) bumpValues(missed, fact, fact.status)
    else for (const facet of FACETS) bumpValues(facet, fact, fact.status)
  }
  return counts
}
