import { useEffect } from 'react'
import { currentView, useViewStore } from '../../state/view-store'
import { deckChannelName, deckParams, deckPlaceOf, isDeckMessage, type DeckMessage } from './deck-sync'

/**
 * Keeps this window's deck in step with the other deck windows of the app: a move in either moves both. The
 * audience's deck says where it is when it opens (its address wins); a presenter's window asks, and follows.
 */
export function useDeckSync(): void {
  useEffect(() => {
    // Without BroadcastChannel (very old browsers) each window simply moves on its own.
    if (typeof BroadcastChannel === 'undefined') return
    const channel = new BroadcastChannel(deckChannelName(window.location.pathname))
    const isPresenter = useViewStore.getState().presenter
    /** The deck and slide this window last said or heard, so a move heard is not said back. */
    let last = deckParams(currentView(useViewStore.getState()))
    const post = (message: DeckMessage) => channel.postMessage(message)

    channel.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data
      if (!isDeckMessage(message)) return
      if (message.kind === 'hello') {
        if (!isPresenter) post({ kind: 'deck', params: last })
        return
      }
      if (message.params === last) return
      last = message.params
      useViewStore.setState(deckPlaceOf(message.params))
    }
    const unsubscribe = useViewStore.subscribe((state) => {
      const params = deckParams(currentView(state))
      if (params === last) return
      last = params
      post({ kind: 'deck', params })
    })
    post(isPresenter ? { kind: 'hello' } : { kind: 'deck', params: last })
    return () => {
      unsubscribe()
      channel.close()
    }
  }, [])
}
