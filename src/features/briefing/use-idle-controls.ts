import { useEffect, type RefObject } from 'react'
import { commandForKey } from './deck-commands'

/** How long the controls stay after the last move of the pointer or key press. */
const SHOWN_FOR_MS = 2500

/**
 * In full screen the deck's controls leave the picture once the pointer and keyboard are still, so the audience
 * sees only the slide; a move of the pointer, a key other than the deck's own (a clicker's Page Down must not
 * bring them up on every slide) or Tab onto a control brings them back. They stay in the tab order all along.
 * Marked on the deck element (data-controls), which the stylesheet reads.
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
    // The browser also sends a move, at the same spot, when the slide changes under a still pointer.
    let at = ''
    const onPointerMove = (event: PointerEvent) => {
      const spot = `${event.screenX},${event.screenY}`
      if (spot === at) return
      at = spot
      show()
    }
    show()
    const events = ['pointerdown', 'focusin'] as const
    for (const name of events) deck.addEventListener(name, show)
    deck.addEventListener('pointermove', onPointerMove)
    // On the document: in full screen the keys go to whatever had focus, which may be the page behind.
    document.addEventListener('keydown', onKeyDown)
    return () => {
      window.clearTimeout(timer)
      for (const name of events) deck.removeEventListener(name, show)
      deck.removeEventListener('pointermove', onPointerMove)
      document.removeEventListener('keydown', onKeyDown)
      delete deck.dataset.controls
    }
  }, [deckRef, fullscreen])
}
