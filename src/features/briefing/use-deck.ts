// The deck for the current view, from the same hooks the board and charts read, so it never disagrees with them.
import { useMemo } from 'react'
import { buildStory } from '../../domain/story'
import { useAsOf, useChanges, useDataset, useFilteredItems, useGanttRows, useStatusSeries } from '../../state/derived'
import { useViewStore } from '../../state/view-store'
import { buildDeck, changesForItems, disputedItems, setReportedVsKnown, type Deck } from './deck'

export function useDeck(): Deck {
  const dataset = useDataset()
  const asOf = useAsOf()
  const rows = useFilteredItems()
  const status = useStatusSeries()
  const gantt = useGanttRows(null)
  const changes = useChanges()
  const compare = useViewStore((state) => state.compare)
  const set = useViewStore((state) => state.set)
  return useMemo(
    () =>
      buildDeck({
        asOf,
        story: buildStory(dataset, asOf),
        statusSourceIds: status.sourceIds,
        reported: setReportedVsKnown(dataset.items, dataset.counts, set, asOf),
        gantt,
        compare,
        changes: changes ? changesForItems(changes, rows) : null,
        disputed: disputedItems(rows, asOf),
        sourcesById: dataset.sourcesById,
      }),
    [dataset, asOf, rows, status, gantt, changes, compare, set],
  )
}
