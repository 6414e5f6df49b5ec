import { formatDay, formatNumber } from '../../lib/format'
import { useCitation, useViewUrl } from '../../export/use-exports'
import { useLang, useT } from '../../state/use-t'
import type { View } from '../../state/view'
import type { Slide } from './deck'
import { storyPeriod } from './story-period'
import { useBriefingText } from './use-briefing-text'

const FIRST_SLIDE: Partial<View> = { slide: 1 }

/** What the story covers and how to find it again: its steps, their dates, the data version and the link. */
export function TitleSlide({ slide }: { readonly slide: Extract<Slide, { kind: 'title' }> }) {
  const t = useT()
  const text = useBriefingText()
  const lang = useLang()
  const citation = useCitation()
  const deckUrl = useViewUrl(FIRST_SLIDE)
  const period = storyPeriod(slide.story)
  const { writtenIn } = slide.story
  return (
    <div className="title-slide">
      <p className="title-slide__kicker">{text('title.kicker')}</p>
      <p className="title-slide__subtitle">{t('app.subtitle')}</p>
      <dl className="title-slide__facts">
        <div>
          <dt>{text('title.steps')}</dt>
          <dd>{formatNumber(slide.steps, lang)}</dd>
        </div>
        {period ? (
          <div>
            <dt>{text('title.period')}</dt>
            <dd>{text('title.periodValue', { from: formatDay(period.from, lang), to: formatDay(period.to, lang) })}</dd>
          </div>
        ) : null}
        {writtenIn ? (
          <div>
            <dt>{text('title.writtenIn', { lang: text(`lang.${writtenIn}`) })}</dt>
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
