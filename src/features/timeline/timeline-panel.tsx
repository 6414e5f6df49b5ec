import { useCallback, useMemo, useState } from 'react'
import { personName, topicName } from '../../domain/names'
import { EmptyState } from '../../components/empty-state'
import { YearRangePicker } from '../../components/year-range-picker'
import { eventKindLabel, isEventKind } from '../../domain/event-kind'
import type { TimelineData, YearRange } from '../../domain/timeline-events'
import { useDataset } from '../../state/derived'
import { useTimeline } from './use-timeline'
import { useLang } from '../../state/use-t'
import { useViewStore } from '../../state/view-store'
import { FacetSelect, toChoices } from './timeline-filters'
import { LaterEvents, TimelineList } from './timeline-list'
import { useTimelineText, type TimelineText } from './timeline-text'
import { YearStrip } from './year-strip'
import './timeline.css'

const EMPTY_MESSAGE: Record<NonNullable<TimelineData['emptyReason']>, (text: TimelineText) => string> = {
  'no-events': (text) => text.emptyNoEvents,
  'no-match': (text) => text.emptyNoMatch,
  'not-yet': (text) => text.emptyNotYet,
}

/** Events by year, filtered by topic and actor (the board's filters) and kind, zoomable to a year or a span of years. */
export function TimelinePanel() {
  const text = useTimelineText()
  const lang = useLang()
  const dataset = useDataset()
  const [range, setRange] = useState<YearRange>(null)
  const { data, years, facets } = useTimeline(range)
  const topics = useViewStore((state) => state.topics)
  const actors = useViewStore((state) => state.actors)
  const kinds = useViewStore((state) => state.eventKinds)
  const setFacet = useViewStore((state) => state.setFacet)
  const setEventKinds = useViewStore((state) => state.setEventKinds)
  const topicLabel = useCallback((id: string) => topicName(dataset, id, lang), [dataset, lang])
  const actorLabel = useCallback((id: string) => personName(dataset, id, lang), [dataset, lang])
  const kindLabel = useCallback((id: string) => eventKindLabel(id, lang), [lang])
  const topicChoices = useMemo(() => toChoices(facets.topics, topics, topicLabel), [facets, topics, topicLabel])
  const actorChoices = useMemo(() => toChoices(facets.actors, actors, actorLabel), [facets, actors, actorLabel])
  const kindChoices = useMemo(() => toChoices(facets.kinds, kinds, kindLabel), [facets, kinds, kindLabel])
  const q = useViewStore((state) => state.q)
  const setQuery = useViewStore((state) => state.setQuery)
  const filtered = topics.length + actors.length + kinds.length > 0 || q.trim() !== ''
  const clear = () => {
    setFacet('topics', [])
    setFacet('actors', [])
    setEventKinds([])
    setQuery('')
  }
  const allYears = useMemo(() => years.map((entry) => entry.year), [years])

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{text.heading}</h2>
      <p className="lede">{text.intro}</p>
      {q.trim() === '' ? null : (
        <p className="timeline__search">
          {text.searchShown(q)}{' '}
          <button type="button" onClick={() => setQuery('')}>
            {text.searchClear}
          </button>
        </p>
      )}
      <div className="timeline__controls">
        <FacetSelect
          label={text.topic}
          allLabel={text.allTopics}
          choices={topicChoices}
          chosen={topics}
          onChoose={(ids) => setFacet('topics', ids)}
        />
        <FacetSelect
          label={text.actor}
          allLabel={text.allActors}
          choices={actorChoices}
          chosen={actors}
          onChoose={(ids) => setFacet('actors', ids)}
        />
        <FacetSelect
          label={text.kind}
          allLabel={text.allKinds}
          choices={kindChoices}
          chosen={kinds}
          onChoose={(ids) => setEventKinds(ids.filter(isEventKind))}
        />
        {filtered ? (
          <button type="button" onClick={clear}>
            {text.clearFilters}
          </button>
        ) : null}
        <YearRangePicker years={allYears} value={range} onChange={setRange} labels={text.yearRange} />
      </div>
      <YearStrip years={years} range={range} onChoose={setRange} />
      <p className="timeline__shown" role="status">
        {text.shown(data.count)}
      </p>
      {data.emptyReason ? (
        <EmptyState
          message={EMPTY_MESSAGE[data.emptyReason](text)}
          action={
            range !== null ? (
              <button type="button" onClick={() => setRange(null)}>
                {text.showAllYears}
              </button>
            ) : filtered ? (
              <button type="button" onClick={clear}>
                {text.clearFilters}
              </button>
            ) : undefined
          }
        />
      ) : (
        <TimelineList years={data.years} />
      )}
      <LaterEvents events={data.later} />
    </section>
  )
}
