// Where exports meet the view: the citation for the current screen and ready-made export actions for the
// board (CSV, JSON) and for any chart (PNG, SVG). Features render them with <ExportMenu>.
import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { DATA_VERSION } from '../data/dataset-query'
import type { BoardRow } from '../domain/board-rows'
import type { boardRecords } from './board-export'
import type { Citation } from './citation'
import { oneLineFilterSummary } from './describe-filters'
import type { ExportAction } from './export-action'
import { exportText } from './export-text'
import { exportFileName } from './file-name'
import { retryableImport } from '../lib/retry-import'
import type { Dataset, IsoDate } from '../domain/types'
import { useDataSource, type DataSource } from '../state/custom-data-store'
import { useDataset, useToday } from '../state/on-screen'
import { useLang } from '../state/use-t'
import { filtersOf, type View } from '../state/view'
import { viewAddress } from '../state/view-href'
import { currentView, useViewStore } from '../state/view-store'

const NO_OVERRIDES: Partial<View> = {}

// The export code loads when a reader first exports (the page itself never needs it), and again after a failure.
const boardExportCode = retryableImport(() => import('./board-export'))
const downloadCode = retryableImport(() => import('./download'))

type BoardRecordsOf = typeof boardRecords

/**
 * The address a citation gives: without the reader's theme, which a file or a printed page has no use for, and
 * for the deck the audience sees rather than the presenter's window.
 */
function viewUrl(view: View): string {
  return viewAddress({ ...view, theme: 'system', presenter: false })
}

/** The address that reopens this view (with `overrides`, e.g. a deck's first slide), without the reader's theme. */
export function useViewUrl(overrides: Partial<View> = NO_OVERRIDES): string {
  const view = useViewStore(useShallow(currentView))
  return useMemo(() => viewUrl({ ...view, ...overrides }), [view, overrides])
}

function citationOf(dataset: Dataset, view: View, source: DataSource, today: IsoDate): Citation {
  return {
    // A dataset the reader loaded is not any published version; the citation says whose it is.
    datasetVersion:
      source.kind === 'custom' ? `${exportText(view.lang, 'citation.custom')} “${source.name}”` : DATA_VERSION,
    dataAsOf: dataset.latestFactDate,
    // The screen's date when none is chosen: the latest dated fact, as useAsOf() gives it, not today.
    asOf: view.asOf ?? dataset.latestFactDate,
    compare: view.compare,
    filters: oneLineFilterSummary(filtersOf(view), dataset, view.lang),
    url: viewUrl(view),
    exportedOn: today,
    licensed: source.kind !== 'custom',
  }
}

/** The citation of this view; `overrides` cite a variant of it (the methodology page cites the overview). */
export function useCitation(overrides: Partial<View> = NO_OVERRIDES): Citation {
  const dataset = useDataset()
  const today = useToday()
  const view = useViewStore(useShallow(currentView))
  const source = useDataSource((state) => state.source)
  return useMemo(
    () => citationOf(dataset, { ...view, ...overrides }, source, today),
    [dataset, view, overrides, source, today],
  )
}

/**
 * The citation as the view stands when an export runs. Export menus read it then rather than subscribing to
 * the whole view, which would redraw every chart on any change (a comparison date, a slide).
 */
export function citationNow(dataset: Dataset, today: IsoDate): Citation {
  return citationOf(dataset, currentView(useViewStore.getState()), useDataSource.getState().source, today)
}

/** Labels for <ExportMenu> in the interface language. */
export function useExportMenuLabels() {
  const lang = useLang()
  return useMemo(
    () => ({
      label: exportText(lang, 'export.group'),
      doneLabel: exportText(lang, 'export.done'),
      failedLabel: exportText(lang, 'export.failed'),
      codeFailedLabel: exportText(lang, 'export.codeFailed'),
    }),
    [lang],
  )
}

/**
 * CSV and JSON of the items the board shows, in its order (titled items, then the untitled group), with the
 * citation on top. Takes the board's own rows (useBoardRows) so they are not computed twice.
 */
export function useBoardExportMenu(titled: readonly BoardRow[], untitled: readonly BoardRow[]) {
  const dataset = useDataset()
  const today = useToday()
  const set = useViewStore((state) => state.set)
  const lang = useLang()
  const labels = useExportMenuLabels()
  const actions = useMemo((): readonly ExportAction[] => {
    const load = () => Promise.all([boardExportCode(), downloadCode()])
    const records = (boardRecords: BoardRecordsOf, citation: Citation) =>
      boardRecords(
        [...titled, ...untitled].map((row) => row.item),
        {
          names: dataset,
          targets: dataset.targets,
          sourcesById: dataset.sourcesById,
          asOf: citation.asOf,
          lang,
        },
      )
    const name = (extension: string, citation: Citation) => exportFileName(['board', set, citation.asOf], extension)
    return [
      {
        id: 'csv',
        label: exportText(lang, 'export.csv'),
        name: exportText(lang, 'export.csvName'),
        run: async () => {
          const [{ boardCsv, boardRecords }, { downloadCsv }] = await load()
          const citation = citationNow(dataset, today)
          const fileName = name('csv', citation)
          downloadCsv(boardCsv(records(boardRecords, citation), citation, lang), fileName)
          return fileName
        },
      },
      {
        id: 'json',
        label: exportText(lang, 'export.json'),
        name: exportText(lang, 'export.jsonName'),
        run: async () => {
          const [{ boardJson, boardRecords }, { downloadText }] = await load()
          const citation = citationNow(dataset, today)
          const fileName = name('json', citation)
          downloadText(boardJson(records(boardRecords, citation), citation, lang), fileName, 'application/json')
          return fileName
        },
      },
    ]
  }, [dataset, today, titled, untitled, set, lang])
  return { ...labels, actions }
}
