// A chart's data as a table, the alternative to its picture: a caption for screen readers, one header cell per
// column, the rows the caller draws, scrolling sideways inside the frame on a phone.
import type { ReactNode } from 'react'
import { ScrollTable } from './scroll-table'

interface DataTableProps {
  readonly caption: string
  readonly columns: readonly string[]
  readonly children: ReactNode
}

export function DataTable({ caption, columns, children }: DataTableProps) {
  return (
    <ScrollTable label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollTable>
  )
}
