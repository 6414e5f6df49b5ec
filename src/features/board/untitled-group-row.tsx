import { StatusBadge } from '../../components/status-badge'
import type { BoardRow } from '../../domain/board-rows'
import type { ItemSet } from '../../domain/types'
import { useLang } from '../../state/use-t'
import { useBoardText } from './board-text'
import { statusTally } from './status-tally'

interface UntitledGroupRowProps {
  readonly rows: readonly BoardRow[]
  readonly set: ItemSet
  readonly index: number
  readonly rowIndex: number
  readonly columns: number
  readonly expanded: boolean
  readonly onToggle: () => void
  readonly measure: ((element: HTMLTableRowElement | null) => void) | undefined
}

/** The heading of the group of items whose titles were never published: their count and statuses. */
export function UntitledGroupRow({
  rows,
  set,
  index,
  rowIndex,
  columns,
  expanded,
  onToggle,
  measure,
}: UntitledGroupRowProps) {
  const lang = useLang()
  const text = useBoardText()
  return (
    <tr ref={measure} data-index={index} aria-rowindex={rowIndex} className="board-table__group">
      <th scope="rowgroup" colSpan={columns}>
        <button type="button" className="board-group-toggle" aria-expanded={expanded} data-primary onClick={onToggle}>
          <span aria-hidden="true">{expanded ? '▾' : '▸'}</span> {text.untitledGroup(rows.length, set)}
        </button>
        <span className="board-group-tally">
          {statusTally(rows).map(({ status, count }) => (
            <span key={status}>
              {count} × <StatusBadge status={status} lang={lang} />
            </span>
          ))}
        </span>
      </th>
    </tr>
  )
}
