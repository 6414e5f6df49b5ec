import { memo } from 'react'
import { SourceRefs } from '../../components/source-refs'
import { StatusBadge } from '../../components/status-badge'
import { useLang } from '../../state/use-t'
import { useBoardText } from './board-text'
import { DeadlineSummary } from './deadline-summary'
import { ItemTitle } from './item-title'
import { ReportTags, type BoardEntryProps } from './report-tags'
import { useReportWords } from './use-report-words'

interface BoardTableRowProps extends BoardEntryProps<HTMLTableRowElement> {
  readonly rowIndex: number
}

/** The row's place (which moves when rows before it are filtered out) is the <tr>'s alone: its cells skip that redraw. */
export const BoardTableRow = memo(function BoardTableRow({
  row,
  index,
  rowIndex,
  onOpen,
  measure,
}: BoardTableRowProps) {
  return (
    <tr ref={measure} data-index={index} aria-rowindex={rowIndex} data-item-id={row.item.id}>
      <RowCells row={row} onOpen={onOpen} />
    </tr>
  )
})

const RowCells = memo(function RowCells({ row, onOpen }: Pick<BoardTableRowProps, 'row' | 'onOpen'>) {
  const lang = useLang()
  const text = useBoardText()
  const words = useReportWords(row)
  const { item } = row
  return (
    <>
      <td className="board-table__id">{item.id}</td>
      <th scope="row" className="board-table__title">
        <button type="button" className="link-button" data-primary onClick={() => onOpen(item.id)}>
          <ItemTitle item={item} />
        </button>
      </th>
      <td>{words.topics}</td>
      <td>
        <StatusBadge status={row.status} lang={lang} />
        <ReportTags row={row} />
      </td>
      <td>
        {words.date}
        <span className="cell-note">
          {text.by} {words.claimant}
        </span>
      </td>
      <td className="board-table__deadline">
        <DeadlineSummary last={row.last} next={row.next} />
      </td>
      <td>
        <SourceRefs {...words.sources} />
      </td>
    </>
  )
})
