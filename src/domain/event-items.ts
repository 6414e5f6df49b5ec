// Which items a timeline event was a step of. Events name no items; an item's status report or position stated on
// the event's day, citing one of the event's sources, is the record of that event for the item.
import type { Item, TimelineEvent } from './types'

/** For each event, the items with a report or position of the same date citing one of its sources, in item order. */
export function itemsByEvent(
  events: readonly TimelineEvent[],
  items: readonly Item[],
): ReadonlyMap<string, readonly Item[]> {
  const byEvent = new Map<string, Item[]>()
  for (const event of events) {
    const cited = new Set(event.sources)
    const stepOf = (record: { readonly date: { readonly value: string }; readonly sources: readonly string[] }) =>
      record.date.value === event.date.value && record.sources.some((id) => cited.has(id))
    const linked = items.filter((item) => item.history.some(stepOf) || item.positions.some(stepOf))
    if (linked.length > 0) byEvent.set(event.id, linked)
  }
  return byEvent
}
