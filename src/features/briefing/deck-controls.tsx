import type { DeckCommand } from './deck-commands'
import { useBriefingText } from './use-briefing-text'

interface DeckControlsProps {
  readonly current: number
  readonly count: number
  readonly title: string
  readonly fullscreen: { readonly active: boolean; readonly supported: boolean }
  readonly run: (command: DeckCommand) => void
}

/**
 * Previous / next stay focusable at either end (aria-disabled, not disabled), so focus is not lost to the page
 * when the last press reaches the first or last slide.
 */
export function DeckControls({ current, count, title, fullscreen, run }: DeckControlsProps) {
  const text = useBriefingText()
  const counter = text('slideOf', { n: current, total: count })
  return (
    <div className="deck__controls">
      <button type="button" aria-disabled={current === 1} onClick={() => run('previous')}>
        <span aria-hidden="true">←</span> {text('previous')}
      </button>
      <p className="deck__counter" aria-hidden="true">
        {counter}
      </p>
      <button type="button" aria-disabled={current === count} onClick={() => run('next')}>
        {text('next')} <span aria-hidden="true">→</span>
      </button>
      <span className="deck__spacer" />
      {fullscreen.supported ? (
        <button type="button" onClick={() => run('fullscreen')}>
          {fullscreen.active ? text('exitFullscreen') : text('fullscreen')}
        </button>
      ) : null}
      <button type="button" onClick={() => window.print()}>
        {text('print')}
      </button>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {`${counter}: ${title}`}
      </p>
    </div>
  )
}
