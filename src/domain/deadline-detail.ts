// Everything a deadline's own panel shows, as known on a date: its state, its outcome chain so far, whom it binds,
// and how many reports came after the date (counted, never shown).
import { isProgrammeWide, isTargetKnownAt, outcomeAsOf, programmeSetOf, type OutcomeState } from './deadlines'
import type { Dataset, IsoDate, Item, ItemSet, Target } from './types'

export type DeadlineScope =
  { readonly kind: 'programme'; readonly set: ItemSet } | { readonly kind: 'items'; readonly items: readonly Item[] }

export interface DeadlineDetail {
  readonly target: Target
  /** False when the target had not been set by the date: the panel then says so and shows nothing of it. */
  readonly known: boolean
  readonly state: OutcomeState
  /** Outcome reports after the date. */
  readonly laterReports: number
  readonly scope: DeadlineScope
}

export function deadlineDetail(dataset: Pick<Dataset, 'itemsById'>, target: Target, asOf: IsoDate): DeadlineDetail {
  const state = outcomeAsOf(target, asOf)
  const scope: DeadlineScope = isProgrammeWide(target)
    ? { kind: 'programme', set: programmeSetOf(target) }
    : {
        kind: 'items',
        items: target.appliesTo.flatMap((id) => {
          const item = dataset.itemsById.get(id)
          return item ? [item] : []
        }),
      }
  return {
    target,
    known: isTargetKnownAt(target, asOf),
    state,
    laterReports: target.outcomes.length - state.chain.length,
    scope,
  }
}
