import { SourceRefs } from '../../components/source-refs'
import type { TimelineData } from '../../domain/timeline-events'
import type { Dataset, TimelineEvent } from '../../domain/types'
import { formatDay, formatFuzzyDate } from '../../lib/format'
import { useAsOf, useDataset } from '../../state/derived'
import { useSourceRefs } from '../../state/use-source-refs'
import { useLang } from '../../state/use-t'
import type { Lang } from '../../state/view'
import { useTimelineText } from './timeline-text'

/** The first event after the as-of date, before which the "as of" divider goes. */
function firstFutureId(data: TimelineData): string | null {
  for (const group of data.years) for (const entry of group.entries) if (entry.future) return entry.event.id
  return null
}

function actorNames(event: TimelineEvent, dataset: Dataset, lang: Lang): string {
  const people = event.actors.map((id) => {
    const person = dataset.peopleById.get(id)
    return person ? ((lang === 'ru' ? person.nameRu : null) ?? person.name) : id
  })
  return [...people, ...event.actorLabels].join(', ')
}

function topicNames(event: TimelineEvent, dataset: Dataset, lang: Lang): string {
  return event.topics
    .map((id) => {
      const topic = dataset.topicsById.get(id)
      return topic ? (lang === 'ru' ? topic.labelRu : topic.label) : id
    })
    .join(', ')
}

function EventCard({ event, future }: { readonly event: TimelineEvent; readonly future: boolean }) {
  const text = useTimelineText()
  const lang = useLang()
  const dataset = useDataset()
  const sourceRefs = useSourceRefs()
  const actors = actorNames(event, dataset, lang)
  const topics = topicNames(event, dataset, lang)
  const className = [
    'timeline__event',
    event.milestone ? 'timeline__event--milestone' : '',
    future ? 'timeline__event--future' : '',
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <li className={className}>
      <p className="timeline__date">
        <time dateTime={event.date.value}>{formatFuzzyDate(event.date, lang)}</time>
        {event.milestone ? <span className="timeline__milestone">★ {text.milestone}</span> : null}
        {future ? <em className="tag">{text.later}</em> : null}
      </p>
      <h4 className="timeline__title">{event.title}</h4>
      <p className="timeline__summary">{event.summary}</p>
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
      <p className="timeline__sources">
        <SourceRefs {...sourceRefs(event.sources)} />
      </p>
    </li>
  )
}

/** Events grouped under year headings, with a divider at the as-of date. */
export function TimelineList({ data }: { readonly data: TimelineData }) {
  const text = useTimelineText()
  const lang = useLang()
  const asOf = useAsOf()
  const dividerBefore = firstFutureId(data)
  return (
    <div className="timeline__years">
      {data.years.map((group) => (
        <section key={group.year} className="timeline__year" aria-labelledby={`timeline-year-${group.year}`}>
          <h3 id={`timeline-year-${group.year}`} className="timeline__year-title">
            {group.year} <span className="timeline__year-count">({text.eventsInYear(group.entries.length)})</span>
          </h3>
          <ol className="timeline__events">
            {group.entries.map((entry) => [
              entry.event.id === dividerBefore ? (
                <li key="as-of" className="timeline__now">
                  {text.asOfDivider(formatDay(asOf, lang))}
                </li>
              ) : null,
              <EventCard key={entry.event.id} event={entry.event} future={entry.future} />,
            ])}
          </ol>
        </section>
      ))}
    </div>
  )
}
