import type { BoardRow } from '../../domain/board-rows'
import { useBoardText } from './board-text'

/** What the table's rows and the columns' cards take: the row, its place in the window, and what opens it. */
export interface BoardEntryProps<E extends HTMLElement> {
  readonly row: BoardRow
  readonly index: number
  readonly onOpen: (itemId: string) => void
  readonly measure: (element: E | null) => void
}

/** The tags beside a status report: inferred rather than stated, and contradicted by whom. */
export function ReportTags({ row }: { readonly row: BoardRow }) {
  const text = useBoardText()
  return (
    <>
      {row.change.confidence === 'inferred' ? <em className="tag">{text.inferred}</em> : null}
      {row.contradictedBy.length > 0 ? (
        <em className="tag tag--conflict">{text.contradictedBy(row.contradictedBy)}</em>
      ) : null}
    </>
  )
}
