import { formatDay } from '../../lib/format'
import { useCitation, useViewUrl } from '../../export/use-exports'
import { useLang, useT } from '../../state/use-t'
import type { View } from '../../state/view'
import { useBriefingText } from './use-briefing-text'

const FIRST_SLIDE: Partial<View> = { slide: 1 }

/** What the deck covers and how to find it again: the slice, the dates, the data version and the link. */
export function TitleSlide() {
  const t = useT()
  const text = useBriefingText()
  const lang = useLang()
  const citation = useCitation()
  const deckUrl = useViewUrl(FIRST_SLIDE)
  return (
    <div className="title-slide">
      <p className="title-slide__kicker">{text('title.kicker')}</p>
      <p className="title-slide__subtitle">{t('app.subtitle')}</p>
      <dl className="title-slide__facts">
        <div>
          <dt>{text('title.scope')}</dt>
          <dd>{citation.filters}</dd>
        </div>
        <div>
          <dt>{text('title.asOf')}</dt>
          <dd>{formatDay(citation.asOf, lang)}</dd>
        </div>
        {citation.compare ? (
          <div>
            <dt>{text('title.compare')}</dt>
            <dd>{formatDay(citation.compare, lang)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{text('title.data')}</dt>
          <dd>
            {text('title.dataValue', { version: citation.datasetVersion, date: formatDay(citation.dataAsOf, lang) })}
          </dd>
        </div>
        <div>
          <dt>{text('title.link')}</dt>
          <dd className="title-slide__link">
            <a href={deckUrl}>{deckUrl}</a>
          </dd>
        </div>
      </dl>
    </div>
  )
}
