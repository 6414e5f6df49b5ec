import { useEffect } from 'react'
import { commandForKey, isKeyForDeck, type DeckCommand } from './deck-commands'

/** Presenter keys anywhere on the page while the deck is shown, except in fields, buttons' own keys and dialogs. */
export function useDeckKeys(run: (command: DeckCommand) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      const command = commandForKey(event)
      if (command === null || !isKeyForDeck(event.target, event.key)) return
      event.preventDefault()
      run(command)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [run])
}
