import { useMemo } from 'react'
import { useLang } from '../../state/use-t'
import type { Deck } from './deck'
import { slideTitle } from './slide-title'
import { useBriefingText } from './use-briefing-text'

/** Every slide's title, in deck order, in the reader's language. */
export function useSlideTitles(deck: Deck): readonly string[] {
  const text = useBriefingText()
  const lang = useLang()
  return useMemo(() => deck.slides.map((slide) => slideTitle(slide, text, lang)), [deck, text, lang])
}
