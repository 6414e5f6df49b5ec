import { useEffect, useId, useRef, useState } from 'react'
import { textIn } from '../../i18n/localized-text'
import { DataText } from '../../components/data-text'
import { SourceRefs } from '../../components/source-refs'
import { EVENT_KIND_META } from '../../domain/event-kind'
import { personName, topicName } from '../../domain/names'
import type { TimelineYear } from '../../domain/timeline-events'
import type { Dataset, Item, TimelineEvent } from '../../domain/types'
import { formatDay, formatFuzzyDate } from '../../lib/format'
import { useAsOf, useDataset } from '../../state/derived'
import { useEventItems } from '../../state/use-lineage'
import { useSourceRefs } from '../../state/use-source-refs'
import { useLang } from '../../state/use-t'
import { useViewStore } from '../../state/view-store'
import type { Lang } from '../../i18n/lang'
import { ANCHORS } from '../../state/view'
import { useTimelineText } from './timeline-text'

function actorNames(event: TimelineEvent, dataset: Dataset, lang: Lang): string {
  const people = event.actors.map((id) => personName(dataset, id, lang))
  return [...people, ...event.actorLabels.map((label) => textIn(label, lang))].join(', ')
}

function topicNames(event: TimelineEvent, dataset: Dataset, lang: Lang): string {
  return event.topics.map((id) => topicName(dataset, id, lang)).join(', ')
}

/** The items an event was a step of, each a button that opens its panel. */
function EventItems({ items }: { readonly items: readonly Item[] }) {
  const text = useTimelineText()
  const lang = useLang()
  const selectItem = useViewStore((state) => state.selectItem)
  return (
    <details className="timeline__items">
      <summary>{text.items(items.length)}</summary>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <button type="button" className="link-button" onClick={() => selectItem(item.id)}>
              {item.id}
            </button>
            {item.title ? (
              <>
                {' '}
                <DataText text={item.title} lang={lang} />
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  )
}

const NO_ITEMS: readonly Item[] = []

/** One event; `later` marks one dated after the as-of date, shown dimmed and labelled as not yet known then. */
function EventCard({ event, later }: { readonly event: TimelineEvent; readonly later: boolean }) {
  const text = useTimelineText()
  const lang = useLang()
  const dataset = useDataset()
  const sourceRefs = useSourceRefs()
  const items = useEventItems().get(event.id) ?? NO_ITEMS
  const actors = actorNames(event, dataset, lang)
  const topics = topicNames(event, dataset, lang)
  const highlighted = useViewStore((state) => state.event === event.id)
  const card = useRef<HTMLLIElement>(null)
  // The event a link or search result opened: scrolled to, and focused so reading goes on from there.
  useEffect(() => {
    if (!highlighted) return
    card.current?.scrollIntoView({ block: 'center' })
    card.current?.focus({ preventScroll: true })
  }, [highlighted])
  const className = [
    'timeline__event',
    event.milestone ? 'timeline__event--milestone' : '',
    later ? 'timeline__event--later' : '',
    highlighted ? 'timeline__event--highlighted' : '',
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <li
      ref={card}
      id={ANCHORS.event(event.id)}
      className={className}
      aria-current={highlighted ? 'true' : undefined}
      tabIndex={highlighted ? -1 : undefined}
    >
      <p className="timeline__date">
        <time dateTime={event.date.value}>{formatFuzzyDate(event.date, lang)}</time>
        {event.kind ? <span className="tag timeline__kind">{EVENT_KIND_META[event.kind].label[lang]}</span> : null}
        {event.milestone ? <span className="timeline__milestone">★ {text.milestone}</span> : null}
        {later ? <em className="tag">{text.later}</em> : null}
      </p>
      <h4 className="timeline__title">
        <DataText text={event.title} lang={lang} />
      </h4>
      <p className="timeline__summary">
        <DataText text={event.summary} lang={lang} />
      </p>
      <dl className="timeline__meta">
        {actors ? (
          <div>
            <dt>{text.actors}</dt>
            <dd>{actors}</dd>
          </div>
        ) : null}
        {topics ? (
          <div>
            <dt>{text.topics}</dt>
            <dd>{topics}</dd>
          </div>
        ) : null}
      </dl>
      {items.length > 0 ? <EventItems items={items} /> : null}
      <p className="timeline__sources">
        <SourceRefs {...sourceRefs(event.sources)} />
      </p>
    </li>
  )
}

/** The events known by the as-of date, under year headings. */
export function TimelineList({ years }: { readonly years: readonly TimelineYear[] }) {
  const text = useTimelineText()
  return (
    <div className="timeline__years">
      {years.map((group) => (
        <section key={group.year} className="timeline__year" aria-labelledby={`timeline-year-${group.year}`}>
          <h3 id={`timeline-year-${group.year}`} className="timeline__year-title">
            {group.year} <span className="timeline__year-count">({text.eventsInYear(group.events.length)})</span>
          </h3>
          <ol className="timeline__events">
            {group.events.map((event) => (
              <EventCard key={event.id} event={event} later={false} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  )
}

/** The events dated after the as-of date: only counted, until the reader asks to see them (dimmed and marked). */
export function LaterEvents({ events }: { readonly events: readonly TimelineEvent[] }) {
  const text = useTimelineText()
  const lang = useLang()
  const asOf = useAsOf()
  const highlighted = useViewStore((state) => state.event)
  const holdsHighlight = events.some((event) => event.id === highlighted)
  // Opened on a later event, the list starts shown; the reader's own choice holds until another event is opened.
  const [choice, setChoice] = useState({ highlighted, shown: holdsHighlight })
  const shown = choice.highlighted === highlighted ? choice.shown : holdsHighlight
  const setShown = (value: boolean) => setChoice({ highlighted, shown: value })
  const listId = useId()
  if (events.length === 0) return null
  const date = formatDay(asOf, lang)
  return (
    <section className="timeline__later" aria-labelledby={`${listId}-heading`}>
      <h3 id={`${listId}-heading`} className="timeline__later-title">
        {text.laterHeading(date)}
      </h3>
      <p className="timeline__later-count">
        {text.laterCount(events.length, date)}{' '}
        <button type="button" aria-expanded={shown} aria-controls={listId} onClick={() => setShown(!shown)}>
          {shown ? text.hideLater : text.showLater}
        </button>
      </p>
      <ol id={listId} className="timeline__events" hidden={!shown}>
        {shown ? events.map((event) => <EventCard key={event.id} event={event} later />) : null}
      </ol>
    </section>
  )
}
