import type { DeckCommand } from './deck-commands'
import { useBriefingText } from './use-briefing-text'

interface DeckMovesProps {
  readonly current: number
  readonly count: number
  readonly title: string
  readonly run: (command: DeckCommand) => void
}

/**
 * Previous, the counter and next, with the move read out: the deck's and the presenter's. Previous / next stay
 * focusable at either end (aria-disabled, not disabled), so focus is not lost to the page when the last press
 * reaches the first or last slide.
 */
export function DeckMoves({ current, count, title, run }: DeckMovesProps) {
  const text = useBriefingText()
  const counter = text('slideOf', { n: current, total: count })
  return (
    <>
      <button type="button" aria-disabled={current === 1} onClick={() => run('previous')}>
        <span aria-hidden="true">←</span> {text('previous')}
      </button>
      <p className="deck__counter" aria-hidden="true">
        {counter}
      </p>
      <button type="button" aria-disabled={current === count} onClick={() => run('next')}>
        {text('next')} <span aria-hidden="true">→</span>
      </button>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {`${counter}: ${title}`}
      </p>
    </>
  )
}
