import { Fragment, type ReactNode } from 'react'
import type { Lang } from '../../i18n/lang'
import { SourceRefs } from '../../components/source-refs'
import { useLang } from '../../state/use-t'
import { useSourceRefs } from '../../state/use-source-refs'
import { numberRuns, type NumberedSource, type Slide } from './deck'
import { sourceAnchor } from './source-entry'
import { formatNumber } from '../../lib/format'
import { StoryText } from './story-text'
import { useBriefingText } from './use-briefing-text'

interface SlideFrameProps {
  readonly slide: Slide
  readonly number: number
  readonly total: number
  readonly title: string
  readonly current: boolean
  /** The slide's sources with their deck-wide numbers: on the printed page, numbers linking to the sources slides. */
  readonly footnotes: readonly NumberedSource[]
  /** The language a user's story was written in; null for the data's. */
  readonly writtenIn: Lang | null
  readonly children: ReactNode
}

/**
 * Every slide is in the page, so printing gives the whole deck and charts on later slides are already drawn;
 * those not shown are hidden and inert.
 */
export function SlideFrame({ slide, number, total, title, current, footnotes, writtenIn, children }: SlideFrameProps) {
  const text = useBriefingText()
  const lang = useLang()
  const sourceRefs = useSourceRefs()
  const counter = text('slideOf', { n: number, total })
  const runs = numberRuns(footnotes.map((entry) => entry.number))
  return (
    <section
      className={`slide slide--${slide.kind}`}
      aria-roledescription="slide"
      aria-label={`${counter}: ${title}`}
      data-current={current}
      inert={!current}
    >
      <h3 className="slide__title">{title}</h3>
      {slide.takeaway ? (
        <p className="slide__takeaway">
          <StoryText text={slide.takeaway} lang={lang} writtenIn={writtenIn} />
        </p>
      ) : null}
      {/* A slide with more than fits (a long comparison, a narrow screen) scrolls: keyboard users must reach it. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="slide__body" tabIndex={0} role="group" aria-label={title}>
        {children}
      </div>
      <footer className="slide__foot">
        {slide.sourceIds.length > 0 ? (
          <p className="slide__refs">
            <span aria-hidden="true">{text('sources.footnotes')}: </span>
            <SourceRefs {...sourceRefs(slide.sourceIds)} />
          </p>
        ) : null}
        {runs.length > 0 ? (
          <p className="slide__footnotes print-only">
            {text('sources.footnotes')}:{' '}
            {runs.map((run, index) => (
              <Fragment key={run.from}>
                {index > 0 ? ', ' : null}
                <a href={`#${sourceAnchor(run.from)}`}>
                  {formatNumber(run.from, lang)}
                  {run.to > run.from ? `–${formatNumber(run.to, lang)}` : null}
                </a>
              </Fragment>
            ))}{' '}
            ({text('sources.footnotesOn')})
          </p>
        ) : null}
        <span className="slide__number" aria-hidden="true">
          {number} / {total}
        </span>
      </footer>
    </section>
  )
}
