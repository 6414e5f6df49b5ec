// Briefing mode: a story played as slides, with the slide number in the URL so a link opens on that slide. Every
// slide is in the page (only the current one shown) so printing gives the whole deck as a handout. Under the deck,
// the builder for the user's own story.
import { useCallback, useMemo, useRef } from 'react'
import { MY_STORY } from '../../state/view'
import { useViewStore } from '../../state/view-store'
import { clampSlide, footnotesOf, sourceNumbers, type Deck } from './deck'
import { targetSlide, type DeckCommand } from './deck-commands'
import { DeckControls } from './deck-controls'
import { DeckTools } from './deck-tools'
import { SlideBody } from './slide-body'
import { SlideFrame } from './slide-frame'
import { StoryBuilder } from './story-builder'
import { useBriefingText } from './use-briefing-text'
import { useDeck, usePlayedStory, type PlayedStory } from './use-deck'
import { useDeckKeys } from './use-deck-keys'
import { useDeckSync } from './use-deck-sync'
import { useFullscreen } from './use-fullscreen'
import { useIdleControls } from './use-idle-controls'
import { useSlideTitles } from './use-slide-titles'
import './briefing.css'
import './deck-fullscreen.css'

export function BriefingPanel() {
  const played = usePlayedStory()
  const deck = useDeck(played)
  const text = useBriefingText()
  const choice = useViewStore((state) => state.story)
  return (
    <section className="briefing" aria-labelledby="briefing-heading">
      <h2 id="briefing-heading" className="briefing__heading">
        {text('heading')}
      </h2>
      <p className="briefing__intro">{text('intro')}</p>
      {choice === MY_STORY && played?.kind !== 'mine' ? (
        <p className="inline-notice" role="note">
          {text('played.missingMine')}
        </p>
      ) : null}
      {played && deck ? <Slides played={played} deck={deck} /> : <p className="slide__empty">{text('played.none')}</p>}
      <StoryBuilder played={played} />
    </section>
  )
}

function Slides({ played, deck }: { readonly played: PlayedStory; readonly deck: Deck }) {
  const text = useBriefingText()
  const requested = useViewStore((state) => state.slide)
  const setSlide = useViewStore((state) => state.setSlide)
  const deckRef = useRef<HTMLDivElement>(null)
  const fullscreen = useFullscreen(deckRef)
  useIdleControls(deckRef, fullscreen.active)
  useDeckSync()
  const count = deck.slides.length
  const current = clampSlide(requested, count)
  const { writtenIn } = played.story

  const titles = useSlideTitles(deck)
  const footnotes = useMemo(() => {
    const byId = sourceNumbers(deck.sources)
    return deck.slides.map((slide) => footnotesOf(slide.sourceIds, byId))
  }, [deck])

  const run = useCallback(
    (command: DeckCommand) => {
      if (command === 'fullscreen') return fullscreen.toggle()
      const target = targetSlide(command, current, count)
      if (target !== null) setSlide(target)
    },
    [fullscreen, current, count, setSlide],
  )
  useDeckKeys(run)

  return (
    <>
      <p className="briefing__playing">{text(`played.${played.kind}`)}</p>
      {requested > count && count > 0 ? (
        <p className="inline-notice" role="note">
          {text('slidePast', { n: requested, total: count })}
        </p>
      ) : null}
      <div ref={deckRef} className="deck" role="region" aria-label={text('deck')}>
        <div className="deck__stage">
          {deck.slides.map((slide, index) => (
            <SlideFrame
              key={slide.id}
              slide={slide}
              number={index + 1}
              total={count}
              title={titles[index] ?? ''}
              current={index + 1 === current}
              footnotes={footnotes[index] ?? []}
              writtenIn={writtenIn}
            >
              <SlideBody slide={slide} title={titles[index] ?? ''} />
            </SlideFrame>
          ))}
        </div>
        <DeckControls
          current={current}
          count={count}
          title={titles[current - 1] ?? ''}
          fullscreen={fullscreen}
          run={run}
        />
      </div>
      <DeckTools deck={deck} titles={titles} deckRef={deckRef} />
      <p className="briefing__hint">{text('keys')}</p>
    </>
  )
}
