// Everything a chart offers beyond the page: its picture (SVG as editable vector, PNG at a chosen size), each with
// a stamp that names only the filters the chart applies and a key for every kind of mark it draws; its data as
// CSV with the citation; and the code to embed it on another site. Features describe the chart once
// (ChartExportTarget) and spread the result on <ChartTools>.
import { useId, useMemo, useState, type ReactNode } from 'react'
import { CHART_MARKS, type ChartId } from '../domain/chart-scope'
import { renderOffscreen } from '../lib/render-offscreen'
import { retryableImport } from '../lib/retry-import'
import { useDataset, useToday } from '../state/on-screen'
import { useLang } from '../state/use-t'
import { filtersOf } from '../state/view'
import { currentView, useViewStore } from '../state/view-store'
import type { FigureRoom, PictureSize } from './chart-figure'
import { citationEntries } from './citation'
import { chartFilterSummary } from './describe-filters'
import type { ExportAction } from './export-action'
import { exportText } from './export-text'
import type { FigureKey } from './figure-layout'
import { exportFileName } from './file-name'
import { citationNow, useExportMenuLabels } from './use-exports'

// The picture and file code loads when a reader first exports; the page never needs it. The citation and the filter
// line are imported as they are: the page's header already has them.
const chartFigureCode = retryableImport(() => import('./chart-figure'))
const imageStampCode = retryableImport(() => import('./image-stamp'))
const downloadCode = retryableImport(() => import('./download'))
const csvCode = retryableImport(() => import('./csv'))

/** A chart's data as a table: one row per mark the chart draws. */
export interface ChartTable {
  readonly header: readonly string[]
  readonly rows: readonly (readonly string[])[]
}

export interface ChartExportTarget {
  readonly chart: ChartId
  readonly title: string
  readonly sourceIds: readonly string[]
  /** The key drawn on the picture: an entry for each kind of mark the chart draws, and numbered notes. Built when
   * a picture is asked for, like `table` and `figure`: the page draws its own key and never needs this one. */
  readonly key: () => FigureKey
  /** The chart drawn for a picture in `room`: each drawing in an element marked data-figure-panel. */
  readonly figure: (room: FigureRoom) => ReactNode
  /** Loads the code `figure` draws with, before it is drawn off screen. */
  readonly prepare?: () => Promise<unknown>
  /** The rows the chart draws, for "Download data". */
  readonly table: () => ChartTable
}

export const PICTURE_SIZE_CHOICES: readonly PictureSize[] = ['slide', 'square', 'a4', 'screen']

export function useChartExports(target: ChartExportTarget) {
  const nodeId = useId()
  const dataset = useDataset()
  const today = useToday()
  const lang = useLang()
  const labels = useExportMenuLabels()
  const embedded = useViewStore((state) => state.embed !== null)
  const [size, setSize] = useState<PictureSize>('slide')

  const actions = useMemo((): readonly ExportAction[] => {
    const cite = () => {
      const view = currentView(useViewStore.getState())
      const citation = citationNow(dataset, today)
      return { ...citation, filters: chartFilterSummary(target.chart, filtersOf(view), dataset, lang) }
    }
    const picture = (format: 'png' | 'svg'): ExportAction => ({
      id: format,
      label: exportText(lang, format === 'png' ? 'export.png' : 'export.svg'),
      name: exportText(lang, format === 'png' ? 'export.pngName' : 'export.svgName'),
      run: async () => {
        const node = document.getElementById(nodeId)
        if (!node) throw new Error('the chart is not on screen')
        const [{ chartPicture }, { chartStamp }, { downloadBlob }] = await Promise.all([
          chartFigureCode(),
          imageStampCode(),
          downloadCode(),
          target.prepare?.(),
        ])
        const citation = cite()
        const stamp = chartStamp(target.chart, target.title, target.sourceIds, dataset.sourcesById, citation, lang)
        const blob = await chartPicture({
          words: { ...stamp, key: target.key() },
          screenWidth: node.getBoundingClientRect().width,
          size,
          format,
          drawPanels: async (room) => {
            const { readPanels } = await chartFigureCode()
            return renderOffscreen(target.figure(room), room.width, readPanels)
          },
        })
        const fileName = exportFileName(['chart', target.title, size, citation.asOf], format)
        downloadBlob(blob, fileName)
        return fileName
      },
    })
    return [
      picture('svg'),
      picture('png'),
      {
        id: 'data',
        label: exportText(lang, 'export.data'),
        name: exportText(lang, 'export.dataName'),
        run: async () => {
          const [{ csvWithCitation }, { downloadCsv }] = await Promise.all([csvCode(), downloadCode()])
          const citation = cite()
          const table = target.table()
          const csv = csvWithCitation(
            citationEntries(citation, lang, { dates: 'iso', marks: CHART_MARKS[target.chart] }),
            table.header,
            table.rows,
          )
          const fileName = exportFileName(['chart', target.title, citation.asOf], 'csv')
          downloadCsv(csv, fileName)
          return fileName
        },
      },
    ]
  }, [dataset, today, lang, target, nodeId, size])

  const choice = {
    label: exportText(lang, 'export.size'),
    value: size,
    options: PICTURE_SIZE_CHOICES.map((value) => ({ value, label: exportText(lang, `size.${value}`) })),
    onChange: (value: string) => {
      const chosen = PICTURE_SIZE_CHOICES.find((option) => option === value)
      if (chosen) setSize(chosen)
    },
  }
  return { nodeId, embedded, menu: { ...labels, actions, choice } }
}
