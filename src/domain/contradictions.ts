// A status report that other records of the data contradict (a count, an event, a missed target), recorded as
// such in the data: shown on the item itself, never resolved by picking one side.
import { knownOutcomes } from './deadlines'
import { isKnownAt } from './items'
import type { Dataset, IsoDate, StatusChange } from './types'

/** The ids of the records contradicting a report that were known by `asOf`: counts and events by their date,
 * targets once an outcome of theirs was reported. */
export function contradictionsKnownAt(
  change: StatusChange,
  dataset: Pick<Dataset, 'counts' | 'events' | 'targetsById'>,
  asOf: IsoDate,
): readonly string[] {
  return change.contradicts.filter((id) => {
    const target = dataset.targetsById.get(id)
    if (target) return knownOutcomes(target, asOf).length > 0
    const dated = dataset.counts.find((claim) => claim.id === id) ?? dataset.events.find((event) => event.id === id)
    return dated !== undefined && isKnownAt(dated, asOf)
  })
}
