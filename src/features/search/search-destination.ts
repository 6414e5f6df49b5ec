// Where each kind of search result lives. One function, so a kind can be pointed elsewhere in one place.
import { assertNever } from '../../domain/assert-never'
import type { SearchResult } from '../../domain/global-search'
import type { Dataset } from '../../domain/types'
import { ANCHORS, type View } from '../../state/view'

export interface Destination {
  /** The view, filters or selection that show the result. */
  readonly place: Partial<View>
  /** An element to scroll to once it is drawn; null when the view itself shows the result (a panel, a highlight). */
  readonly anchor: string | null
}

export function destinationOf(result: SearchResult, dataset: Dataset): Destination {
  switch (result.kind) {
    case 'item': {
      const item = dataset.itemsById.get(result.id)
      return { place: { view: 'board', set: item?.set ?? 'roadmaps', item: result.id }, anchor: null }
    }
    // Filters that could hide the event are cleared; the search words stay, since the event holds them.
    case 'event':
      return { place: { view: 'timeline', event: result.id, topics: [], actors: [] }, anchor: null }
    case 'deadline':
      return { place: { deadline: result.id }, anchor: null }
    // A count is drawn on the reported-counts chart, next to the other claims about the same figure.
    case 'count':
      return { place: { view: 'charts' }, anchor: ANCHORS.reportedCounts }
    // A person becomes the filter itself, so the search words give way to it.
    case 'person':
      return dataset.events.some((event) => event.actors.includes(result.id))
        ? { place: { view: 'timeline', actors: [result.id], topics: [], q: '', event: null }, anchor: null }
        : { place: { view: 'board', actors: [result.id], q: '' }, anchor: null }
    // An area is listed, with who named it and its sources, among the subject areas of the lineage view.
    case 'area':
      return { place: { view: 'lineage', topics: [], item: null }, anchor: ANCHORS.area(result.id) }
    case 'source':
      return { place: { view: 'methodology' }, anchor: ANCHORS.source(result.id) }
    default:
      return assertNever(result.kind)
  }
}
