import { useEffect, type RefObject } from 'react'
import { commandForKey } from './deck-commands'

/** How long the controls stay after the last move of the pointer or key press. */
const SHOWN_FOR_MS = 2500

/**
 * In full screen the deck's controls leave the picture once the pointer and keyboard are still, so the audience
 * sees only the slide; a move of the pointer, a key other than the deck's own (a clicker's Page Down must not
 * bring them up on every slide) or Tab onto a control brings them back. They stay in the tab order all along, and
 * a control with keyboard focus stays visible (the stylesheet). Marked on the deck element (data-controls).
 */
export function useIdleControls(deckRef: RefObject<HTMLElement | null>, fullscreen: boolean): void {
  useEffect(() => {
    const deck = deckRef.current
    if (!deck || !fullscreen) return
    let timer: number | undefined
    const show = () => {
      deck.dataset.controls = 'shown'
      window.clearTimeout(timer)
      timer = window.setTimeout(() => (deck.dataset.controls = 'idle'), SHOWN_FOR_MS)
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (commandForKey(event) === null) show()
    }
    show()
    const events = ['pointermove', 'pointerdown', 'focusin'] as const
    for (const name of events) deck.addEventListener(name, show)
    // On the document: in full screen the keys go to whatever had focus, which may be the page behind.
    document.addEventListener('keydown', onKeyDown)
    return () => {
      window.clearTimeout(timer)
      for (const name of events) deck.removeEventListener(name, show)
      document.removeEventListener('keydown', onKeyDown)
      delete deck.dataset.controls
    }
  }, [deckRef, fullscreen])
}
