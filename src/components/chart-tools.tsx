// What a chart offers besides itself: its picture and data as files, and the code to embed it. Left out on an
// embedded page, which shows the chart alone.
import { EmbedButton, type EmbedProps } from './embed-button'
import { ExportMenu, type ExportMenuProps } from './export-menu'
import './chart-tools.css'

export interface ChartToolsProps {
  readonly menu: ExportMenuProps
  readonly embed: EmbedProps
  /** True on an embedded page. */
  readonly embedded: boolean
}

export function ChartTools({ menu, embed, embedded }: ChartToolsProps) {
  if (embedded) return null
  return (
    <div className="chart-tools" data-export-skip="">
      <ExportMenu {...menu} />
      <EmbedButton {...embed} />
    </div>
  )
}
