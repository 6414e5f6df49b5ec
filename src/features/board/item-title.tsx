import type { Item } from '../../domain/types'
import { useLang } from '../../state/use-t'
import { DataText } from '../../components/data-text'
import { useBoardText } from './board-text'

/** The title in the interface language where a translation exists; "Title not public" with the tracker id else. */
export function ItemTitle({ item }: { readonly item: Item }) {
  const lang = useLang()
  const text = useBoardText()
  if (item.title !== null) return <DataText text={item.title} lang={lang} />
  return (
    <>
      <span className="board-untitled">{text.titleNotPublic}</span> <span className="muted">({item.id})</span>
    </>
  )
}
