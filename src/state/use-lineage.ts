// Where the dataset meets the view for the roadmap → programme thread: the lineage view and every item panel read
// these hooks, so they cannot disagree on what took a roadmap over.
import { useMemo } from 'react'
import { itemsByEvent } from '../domain/event-items'
import { indexLineage, lineageAsOf, threadOf, type LineageIndex } from '../domain/lineage'
import type { Dataset, Item } from '../domain/types'
import { useAsOf, useDataset } from './on-screen'
import { useT } from './use-t'
import { useViewStore } from './view-store'

const indexes = new WeakMap<Dataset, LineageIndex>()
function lineageIndexFor(dataset: Dataset): LineageIndex {
  let index = indexes.get(dataset)
  if (!index) {
    index = indexLineage(dataset)
    indexes.set(dataset, index)
  }
  return index
}

/** Every roadmap and programme on the board's topics, followed to what became of it, as known on the date. */
export function useLineage() {
  const dataset = useDataset()
  const asOf = useAsOf()
  const topics = useViewStore((state) => state.topics)
  return useMemo(() => lineageAsOf(lineageIndexFor(dataset), topics, asOf), [dataset, topics, asOf])
}

/** One item's thread on the date: the links from (a roadmap) or into (a programme) it, and what became of it. */
export function useItemThread(item: Item) {
  const dataset = useDataset()
  const asOf = useAsOf()
  return useMemo(() => threadOf(item, lineageIndexFor(dataset), asOf), [dataset, item, asOf])
}

/** The items each timeline event was a step of, per dataset. */
export function useEventItems() {
  const dataset = useDataset()
  return useMemo(() => itemsByEvent(dataset.events, dataset.items), [dataset])
}

/** The words a link and a "what became of it" line are told with, in the interface language. */
export function useLineageLabels() {
  const t = useT()
  return useMemo(
    () => ({
      inferred: t('lineage.inferred'),
      reported: t('lineage.reported'),
      area: t('lineage.area'),
      programmeNotIdentified: t('lineage.programmeNotIdentified'),
      noSuccessor: t('lineage.noSuccessor'),
      why: t('lineage.why'),
      titleNotPublic: t('lineage.titleNotPublic'),
      successorUndocumented: t('lineage.successorUndocumented'),
      notDocumented: t('lineage.notDocumented'),
      latestDeadline: t('lineage.latestDeadline'),
      movedTo: t('deadline.movedTo'),
      since: t('deadline.since'),
    }),
    [t],
  )
}
