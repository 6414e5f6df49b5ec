import { memo } from 'react'
import { SourceRefs } from '../../components/source-refs'
import { StatusBadge } from '../../components/status-badge'
import type { BoardRow } from '../../domain/board-rows'
import { formatFuzzyDate } from '../../lib/format'
import { useLang } from '../../state/use-t'
import { useSourceRefs } from '../../state/use-source-refs'
import { useBoardText } from './board-text'
import { DeadlineSummary } from './deadline-summary'
import { ItemTitle } from './item-title'
import { useLabels } from './use-labels'

interface BoardTableRowProps {
  readonly row: BoardRow
  readonly index: number
  readonly rowIndex: number
  readonly onOpen: (itemId: string) => void
  readonly measure: (element: HTMLTableRowElement | null) => void
}

export const BoardTableRow = memo(function BoardTableRow({
  row,
  index,
  rowIndex,
  onOpen,
  measure,
}: BoardTableRowProps) {
  const lang = useLang()
  const text = useBoardText()
  const labels = useLabels()
  const sourceRefs = useSourceRefs()
  const { item, change } = row
  return (
    <tr ref={measure} data-index={index} aria-rowindex={rowIndex} data-item-id={item.id}>
      <td className="board-table__id">{item.id}</td>
      <th scope="row" className="board-table__title">
        <button type="button" className="link-button" data-primary onClick={() => onOpen(item.id)}>
          <ItemTitle item={item} />
        </button>
      </th>
      <td>{item.topics.map(labels.topic).join(', ')}</td>
      <td>
        <StatusBadge status={row.status} lang={lang} />
        {change.confidence === 'inferred' ? <em className="tag">{text.inferred}</em> : null}
        {row.contradictedBy.length > 0 ? (
          <em className="tag tag--conflict">{text.contradictedBy(row.contradictedBy)}</em>
        ) : null}
      </td>
      <td>
        {formatFuzzyDate(change.date, lang)}
        <span className="cell-note">
          {text.by} {labels.claimant(change.claimant)}
        </span>
      </td>
      <td className="board-table__deadline">
        <DeadlineSummary last={row.last} next={row.next} />
      </td>
      <td>
        <SourceRefs {...sourceRefs(change.sources)} />
      </td>
    </tr>
  )
})
