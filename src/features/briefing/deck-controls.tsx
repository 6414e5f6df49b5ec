import type { DeckCommand } from './deck-commands'
import { DeckMoves } from './deck-moves'
import { useBriefingText } from './use-briefing-text'

interface DeckControlsProps {
  readonly current: number
  readonly count: number
  readonly title: string
  readonly fullscreen: { readonly active: boolean; readonly supported: boolean }
  readonly run: (command: DeckCommand) => void
}

/** The deck's moves, then full screen and print. */
export function DeckControls({ current, count, title, fullscreen, run }: DeckControlsProps) {
  const text = useBriefingText()
  return (
    <div className="deck__controls">
      <DeckMoves current={current} count={count} title={title} run={run} />
      <span className="deck__spacer" />
      {fullscreen.supported ? (
        <button type="button" onClick={() => run('fullscreen')}>
          {fullscreen.active ? text('exitFullscreen') : text('fullscreen')}
        </button>
      ) : null}
      <button type="button" onClick={() => window.print()}>
        {text('print')}
      </button>
    </div>
  )
}
