// Kanban-like layout: one column per status on the date, in the vocabulary's order.
import { useMemo } from 'react'
import { columnsByStatus, type BoardRow } from '../../domain/board-rows'
import type { ItemSet } from '../../domain/types'
import { StatusColumnView } from './status-column'

interface BoardColumnsProps {
  readonly titled: readonly BoardRow[]
  readonly untitled: readonly BoardRow[]
  readonly set: ItemSet
  readonly onOpen: (itemId: string) => void
}

export function BoardColumns({ titled, untitled, set, onOpen }: BoardColumnsProps) {
  // Titled rows first so each column keeps the same split the table shows.
  const columns = useMemo(() => columnsByStatus([...titled, ...untitled]), [titled, untitled])
  return (
    <div className="board-columns">
      {columns.map((column) => (
        <StatusColumnView key={column.status} column={column} set={set} onOpen={onOpen} />
      ))}
    </div>
  )
}
