// The presenter's window: the slide the audience sees, the next one, the speaker notes and a clock, with the same
// keys and moves as the deck. It follows the audience's deck and steers it (useDeckSync); its own address keeps
// the slide number, like the deck's.
import { useCallback, useEffect } from 'react'
import type { Lang } from '../../i18n/lang'
import { useLang } from '../../state/use-t'
import { useViewStore } from '../../state/view-store'
import { clampSlide, type Deck, type Slide } from './deck'
import { targetSlide, type DeckCommand } from './deck-commands'
import { DeckMoves } from './deck-moves'
import { PresenterClock } from './presenter-clock'
import { ScaledStage } from './scaled-stage'
import { SlideBody } from './slide-body'
import { SlideFrame } from './slide-frame'
import { StoryText } from './story-text'
import { useBriefingText } from './use-briefing-text'
import { useDeck, usePlayedStory } from './use-deck'
import { useDeckKeys } from './use-deck-keys'
import { useDeckSync } from './use-deck-sync'
import { usePresenterText } from './use-presenter-text'
import { useSlideTitles } from './use-slide-titles'
import './briefing.css'
import './presenter.css'

const NO_FOOTNOTES = [] as const

interface ShownSlideProps {
  readonly slide: Slide
  readonly number: number
  readonly total: number
  readonly title: string
  readonly writtenIn: Lang | null
}

/** A slide as the audience's deck draws it, on a 16:9 stage of its own scaled into the box. */
function ShownSlide({ slide, number, total, title, writtenIn }: ShownSlideProps) {
  return (
    <ScaledStage>
      <SlideFrame
        slide={slide}
        number={number}
        total={total}
        title={title}
        current
        footnotes={NO_FOOTNOTES}
        writtenIn={writtenIn}
      >
        <SlideBody slide={slide} title={title} />
      </SlideFrame>
    </ScaledStage>
  )
}

export function PresenterPanel() {
  useDeckSync()
  const played = usePlayedStory()
  const deck = useDeck(played)
  const words = usePresenterText()
  return (
    <div className="presenter">
      <header className="presenter__header">
        <h1>{words('heading')}</h1>
        <p className="presenter__intro">{words('audience')}</p>
      </header>
      {played && deck ? <PresentedDeck deck={deck} writtenIn={played.story.writtenIn} /> : <NoStory />}
    </div>
  )
}

function NoStory() {
  const text = useBriefingText()
  return <p className="presenter__none">{text('played.none')}</p>
}

/** The deck as the presenter follows it: the slide shown, its notes, the clock and the next slide. */
function PresentedDeck({ deck, writtenIn }: { readonly deck: Deck; readonly writtenIn: Lang | null }) {
  const titles = useSlideTitles(deck)
  const text = useBriefingText()
  const words = usePresenterText()
  const lang = useLang()
  const requested = useViewStore((state) => state.slide)
  const setSlide = useViewStore((state) => state.setSlide)
  const count = deck.slides.length
  const current = clampSlide(requested, count)
  const slide = deck.slides[current - 1]
  const next = deck.slides[current]
  const title = titles[current - 1] ?? ''
  const counter = text('slideOf', { n: current, total: count })

  const run = useCallback(
    (command: DeckCommand) => {
      // Full screen belongs to the audience's window.
      if (command === 'fullscreen') return
      const target = targetSlide(command, current, count)
      if (target !== null) setSlide(target)
    },
    [current, count, setSlide],
  )
  useDeckKeys(run)

  useEffect(() => {
    document.title = `${words('heading')} · ${counter}: ${title}`
  }, [words, counter, title])

  return (
    <>
      <section className="presenter__current" aria-labelledby="presenter-current-heading">
        <h2 id="presenter-current-heading">
          {words('current')}: {counter}
        </h2>
        {slide ? (
          <ShownSlide key={slide.id} slide={slide} number={current} total={count} title={title} writtenIn={writtenIn} />
        ) : null}
      </section>
      <div className="presenter__side">
        <div className="deck__controls presenter__moves">
          <DeckMoves current={current} count={count} title={title} run={run} />
        </div>
        <section className="presenter__notes" aria-labelledby="presenter-notes-heading">
          <h2 id="presenter-notes-heading">{words('notes')}</h2>
          {slide?.notes ? (
            <p>
              <StoryText text={slide.notes} lang={lang} writtenIn={writtenIn} />
            </p>
          ) : (
            <p className="presenter__none">{words('noNotes')}</p>
          )}
        </section>
        <PresenterClock />
        <section className="presenter__next" aria-labelledby="presenter-next-heading">
          <h2 id="presenter-next-heading">{words('next')}</h2>
          {next ? (
            <ShownSlide
              key={next.id}
              slide={next}
              number={current + 1}
              total={count}
              title={titles[current] ?? ''}
              writtenIn={writtenIn}
            />
          ) : (
            <p className="presenter__none">{words('last')}</p>
          )}
        </section>
      </div>
    </>
  )
}
