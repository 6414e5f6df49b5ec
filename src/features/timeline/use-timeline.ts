import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { eventSearchTexts, queryTokens } from '../../domain/search'
import { eventYearCounts, timelineFacetOptions, toTimelineEvents, type YearRange } from '../../domain/timeline-events'
import { perDataset, useAsOf, useDataset } from '../../state/derived'
import { useViewStore } from '../../state/view-store'

const eventTextsFor = perDataset(eventSearchTexts)

/**
 * The timeline under the view's topics, people, kinds and search words, as known on the date: the events in the
 * chosen years, the events per year over all years for the zoom strip, and the filters' choices with their counts.
 */
export function useTimeline(range: YearRange) {
  const dataset = useDataset()
  const asOf = useAsOf()
  const { topics, actors, kinds, q } = useViewStore(
    useShallow((state) => ({ topics: state.topics, actors: state.actors, kinds: state.eventKinds, q: state.q })),
  )
  const filters = useMemo(
    () => ({ topics, actors, kinds, search: { words: queryTokens(q), texts: eventTextsFor(dataset) } }),
    [dataset, topics, actors, kinds, q],
  )
  const data = useMemo(() => toTimelineEvents(dataset.events, filters, range, asOf), [dataset, filters, range, asOf])
  const years = useMemo(() => eventYearCounts(dataset.events, filters, asOf), [dataset, filters, asOf])
  const facets = useMemo(() => timelineFacetOptions(dataset.events, filters, asOf), [dataset, filters, asOf])
  return { data, years, facets }
}
