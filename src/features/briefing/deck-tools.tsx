// Under the deck: the presenter's window and the PowerPoint download.
import { useState, type RefObject } from 'react'
import { ExportMenu } from '../../components/export-menu'
import { useExportMenuLabels } from '../../export/use-exports'
import { viewAddress } from '../../state/view-href'
import { currentView, useViewStore } from '../../state/view-store'
import type { Deck } from './deck'
import { useDeckPptx } from './use-deck-pptx'
import { usePresenterText } from './use-presenter-text'

/** One presenter window: pressing the button again brings the open one back rather than opening a second. */
const PRESENTER_WINDOW = 'roadmap-tracker-presenter'

interface DeckToolsProps {
  readonly deck: Deck
  readonly titles: readonly string[]
  /** The element holding the slides, whose charts the PowerPoint file pictures. */
  readonly deckRef: RefObject<HTMLElement | null>
}

export function DeckTools({ deck, titles, deckRef }: DeckToolsProps) {
  const words = usePresenterText()
  const labels = useExportMenuLabels()
  const actions = useDeckPptx(deck, titles, deckRef)
  const [blockedUrl, setBlockedUrl] = useState<string | null>(null)

  const openPresenter = () => {
    const url = viewAddress({ ...currentView(useViewStore.getState()), presenter: true })
    const opened = window.open(url, PRESENTER_WINDOW, 'popup,width=1280,height=800')
    setBlockedUrl(opened ? null : url)
    opened?.focus()
  }

  return (
    <div className="deck-tools">
      <button type="button" aria-label={words('openName')} onClick={openPresenter}>
        {words('open')}
      </button>
      <ExportMenu {...labels} actions={actions} />
      {blockedUrl ? (
        <p className="inline-notice" role="alert">
          {words('blocked')}
          <a href={blockedUrl} target="_blank" rel="noopener">
            {blockedUrl}
          </a>
        </p>
      ) : null}
    </div>
  )
}
