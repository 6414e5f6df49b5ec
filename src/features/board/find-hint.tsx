import type { ItemSet } from '../../domain/types'
import { useBoardText } from './board-text'

/** Shown over a list drawn a window at a time, where the browser's find cannot see the rows off screen. */
export function FindHint({ set }: { readonly set: ItemSet }) {
  const text = useBoardText()
  return (
    <p className="inline-notice board-find-hint" role="note">
      {text.findHint(set)}
    </p>
  )
}
