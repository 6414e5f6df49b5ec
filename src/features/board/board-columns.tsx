// Kanban-like layout: one column per status on the date, in the vocabulary's order.
import { useMemo } from 'react'
import { columnsByStatus, type BoardRow } from '../../domain/board-rows'
import type { ItemSet } from '../../domain/types'
import { FindHint } from './find-hint'
import { BOARD_RESULTS_ID } from './results-anchor'
import { StatusColumnView } from './status-column'
import { isWindowed } from './use-windowed-list'

interface BoardColumnsProps {
  readonly titled: readonly BoardRow[]
  readonly untitled: readonly BoardRow[]
  readonly set: ItemSet
  readonly onOpen: (itemId: string) => void
}

export function BoardColumns({ titled, untitled, set, onOpen }: BoardColumnsProps) {
  // Titled rows first so each column keeps the same split the table shows.
  const columns = useMemo(() => columnsByStatus([...titled, ...untitled]), [titled, untitled])
  const windowed = columns.some((column) => isWindowed(column.titled.length))
  return (
    <>
      {windowed ? <FindHint set={set} /> : null}
      <div className="board-columns" id={BOARD_RESULTS_ID} tabIndex={-1}>
        {columns.map((column) => (
          <StatusColumnView key={column.status} column={column} set={set} onOpen={onOpen} />
        ))}
      </div>
    </>
  )
}
