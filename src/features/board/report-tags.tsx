import type { BoardRow } from '../../domain/board-rows'
import { STATUS_META } from '../../domain/status'
import { formatDay } from '../../lib/format'
import { useLang } from '../../state/use-t'
import { useViewStore } from '../../state/view-store'
import { useBoardText } from './board-text'
import { useMoveSince } from './use-move-since'

/** What the table's rows and the columns' cards take: the row, its place in the window, and what opens it. */
export interface BoardEntryProps<E extends HTMLElement> {
  readonly row: BoardRow
  readonly index: number
  readonly onOpen: (itemId: string) => void
  /** Only while the list is windowed: a list drawn whole is not measured. */
  readonly measure: ((element: E | null) => void) | undefined
}

/** The tags beside a status report: inferred rather than stated, contradicted by whom, moved since the comparison. */
export function ReportTags({ row }: { readonly row: BoardRow }) {
  const text = useBoardText()
  const lang = useLang()
  const compare = useViewStore((state) => state.compare)
  const move = useMoveSince(row.item.id)
  return (
    <>
      {move && compare ? (
        <em className="tag tag--moved">
          {text.movedSince(formatDay(compare, lang), move.from && STATUS_META[move.from].label[lang])}
        </em>
      ) : null}
      {row.change.confidence === 'inferred' ? <em className="tag">{text.inferred}</em> : null}
      {row.contradictedBy.length > 0 ? (
        <em className="tag tag--conflict">{text.contradictedBy(row.contradictedBy)}</em>
      ) : null}
    </>
  )
}
