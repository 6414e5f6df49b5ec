// The audience's deck and the presenter's window stay in step through a BroadcastChannel: each says which deck
// it shows (filters, dates) and on which slide, as a query string written by the URL codec, so a message means
// what a link means. Each window then writes its own address, which stays the truth there.
import { initialView, pickFieldsOf, type View } from '../../state/view'
import { paramsToView, viewToParams } from '../../state/view-codec'

export type DeckMessage =
  /** A presenter's window that just opened asks the audience's deck where it is. */
  | { readonly kind: 'hello' }
  /** Where this window's deck is now. */
  | { readonly kind: 'deck'; readonly params: string }

/** One channel per copy of the app: two builds on one site do not steer each other's decks. */
export function deckChannelName(pathname: string): string {
  return `roadmap-tracker-deck:${pathname}`
}

/** What makes two decks the same deck on the same slide; the language and theme stay each window's own. */
const DECK_FIELDS = {
  set: initialView.set,
  topics: initialView.topics,
  statuses: initialView.statuses,
  actors: initialView.actors,
  outcomes: initialView.outcomes,
  q: initialView.q,
  asOf: initialView.asOf,
  compare: initialView.compare,
  slide: initialView.slide,
} satisfies Partial<View>

export type DeckPlace = Pick<View, keyof typeof DECK_FIELDS>

export function deckParams(view: View): string {
  return viewToParams({ ...initialView, ...pickFieldsOf(DECK_FIELDS, view) }).toString()
}

/** The deck fields a message names; anything a link could not say is left at its default, as a link would. */
export function deckPlaceOf(params: string): DeckPlace {
  return pickFieldsOf(DECK_FIELDS, paramsToView(new URLSearchParams(params)).view)
}

export function isDeckMessage(data: unknown): data is DeckMessage {
  if (typeof data !== 'object' || data === null || !('kind' in data)) return false
  if (data.kind === 'hello') return true
  return data.kind === 'deck' && 'params' in data && typeof data.params === 'string'
}
