import type { Item } from '../../domain/types'
import { useLang } from '../../state/use-t'
import { useBoardText } from './board-text'

/** The title in the interface language where a translation exists; "Title not public" with the tracker id else. */
export function ItemTitle({ item }: { readonly item: Item }) {
  const lang = useLang()
  const text = useBoardText()
  const title = lang === 'ru' ? (item.titleRu ?? item.title) : item.title
  if (title !== null) return <>{title}</>
  return (
    <>
      <span className="board-untitled">{text.titleNotPublic}</span> <span className="muted">({item.id})</span>
    </>
  )
}
