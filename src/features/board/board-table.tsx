// The sortable table. A long one is virtualised: only the rows in view (plus a margin) are in the DOM, while
// aria-rowcount and aria-rowindex still tell assistive technology the full size and each row's place.
import { useMemo, useRef, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { BoardRow } from '../../domain/board-rows'
import type { ItemSet } from '../../domain/types'
import { usePrinting } from '../../lib/printing'
import type { SortField } from '../../state/view'
import { useViewStore } from '../../state/view-store'
import { useBoardText } from './board-text'
import { BoardTableRow } from './board-table-row'
import { FindHint } from './find-hint'
import { BOARD_RESULTS_ID } from './results-anchor'
import { entryKey, tableEntries } from './table-entries'
import { UntitledGroupRow } from './untitled-group-row'
import { isWindowed, useWindowedList } from './use-windowed-list'

const COLUMNS = 7
const ESTIMATED_ROW_PX = 76

interface BoardTableProps {
  readonly titled: readonly BoardRow[]
  readonly untitled: readonly BoardRow[]
  readonly set: ItemSet
  readonly caption: string
  readonly onOpen: (itemId: string) => void
}

function SortHeader({ field, label }: { readonly field: SortField; readonly label: string }) {
  const { sort, sortBy } = useViewStore(useShallow((state) => ({ sort: state.sort, sortBy: state.sortBy })))
  const active = sort.field === field
  const direction = sort.descending ? 'descending' : 'ascending'
  return (
    <th scope="col" aria-sort={active ? direction : undefined}>
      <button type="button" className="board-sort-button" onClick={() => sortBy(field)}>
        {label}
        <span className="board-sort-button__icon" aria-hidden="true">
          {active ? (sort.descending ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  )
}

export function BoardTable({ titled, untitled, set, caption, onOpen }: BoardTableProps) {
  const text = useBoardText()
  const [expandedOnScreen, setExpanded] = useState(false)
  const printing = usePrinting()
  // Paper shows the rows whose titles were never published too: a folded group would drop them from the page.
  const expanded = expandedOnScreen || printing
  const scroller = useRef<HTMLDivElement>(null)
  const entries = useMemo(() => tableEntries(titled, untitled, expanded), [titled, untitled, expanded])
  const { windowed, before, after, measure } = useWindowedList({
    count: entries.length,
    scroller,
    estimatedSize: ESTIMATED_ROW_PX,
    keyOf: (index) => {
      const entry = entries[index]
      return entry ? entryKey(entry) : index
    },
    // A small overscan: mounting rows dominates a filter change, and two rows each side cover fast scrolling.
    overscan: 2,
  })

  return (
    <>
      {isWindowed(entries.length) ? <FindHint set={set} /> : null}
      <div className="board-table" ref={scroller}>
        <table className="data-table" aria-rowcount={entries.length + 1}>
          <caption className="visually-hidden">{caption}</caption>
          <colgroup>
            <col className="board-table__col-id" />
            <col />
            <col className="board-table__col-topics" />
            <col className="board-table__col-status" />
            <col className="board-table__col-changed" />
            <col className="board-table__col-deadline" />
            <col className="board-table__col-sources" />
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              <SortHeader field="id" label={text.colId} />
              <SortHeader field="title" label={text.colTitle} />
              <th scope="col">{text.colTopics}</th>
              <SortHeader field="status" label={text.colStatus} />
              <SortHeader field="changed" label={text.colChanged} />
              <SortHeader field="deadline" label={text.colDeadline} />
              <th scope="col">{text.colSources}</th>
            </tr>
          </thead>
          <tbody id={BOARD_RESULTS_ID} tabIndex={-1}>
            {before > 0 ? (
              <tr aria-hidden="true" className="board-table__spacer">
                <td colSpan={COLUMNS} style={{ height: before }} />
              </tr>
            ) : null}
            {windowed.map((virtual) => {
              const entry = entries[virtual.index]
              if (!entry) return null
              return entry.kind === 'row' ? (
                <BoardTableRow
                  key={virtual.key}
                  row={entry.row}
                  index={virtual.index}
                  rowIndex={virtual.index + 2}
                  onOpen={onOpen}
                  measure={measure}
                />
              ) : (
                <UntitledGroupRow
                  key={virtual.key}
                  rows={entry.rows}
                  set={set}
                  index={virtual.index}
                  rowIndex={virtual.index + 2}
                  columns={COLUMNS}
                  expanded={expanded}
                  onToggle={() => setExpanded(!expandedOnScreen)}
                  measure={measure}
                />
              )
            })}
            {after > 0 ? (
              <tr aria-hidden="true" className="board-table__spacer">
                <td colSpan={COLUMNS} style={{ height: after }} />
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </>
  )
}
