// The status board: roadmaps or programmes as they stood on the as-of date, filtered, as a table or in columns
// by status, with an item panel. Everything on it is in the URL (set, filters, q, layout, sort, item).
import { useCallback, useRef, useState } from 'react'
import { Dialog } from '../../components/dialog'
import { EmptyState } from '../../components/empty-state'
import { ExportMenu } from '../../components/export-menu'
import { boardEmptyReason, firstListed } from '../../domain/board-rows'
import { hasActiveFilters } from '../../domain/filters'
import { formatDay } from '../../lib/format'
import { useAsOf, useBoardRows, useDataset, useFilters } from '../../state/derived'
import { useItemDetail } from './use-item-detail'
import { useBoardExportMenu } from '../../state/use-exports'
import { useLang } from '../../state/use-t'
import type { Lang } from '../../i18n/lang'
import { useViewStore } from '../../state/view-store'
import { BoardColumns } from './board-columns'
import { BoardTable } from './board-table'
import { useBoardText } from './board-text'
import { BoardToolbar } from './board-toolbar'
import { activeFilterCount } from './facet-options'
import { FilterPanel } from './filter-panel'
import { ItemDetailView } from './item-detail-view'
import { ItemTitle } from './item-title'
import { ProgrammeContext } from './programme-context'
import './board.css'

function BoardResults({ onOpen }: { readonly onOpen: (itemId: string) => void }) {
  const dataset = useDataset()
  const lang = useLang()
  const text = useBoardText()
  const asOf = formatDay(useAsOf(), lang)
  const filters = useFilters()
  const layout = useViewStore((state) => state.layout)
  const clearFilters = useViewStore((state) => state.clearFilters)
  const { titled, untitled, shown, listed, pending } = useBoardRows()
  const exportMenu = useBoardExportMenu(titled, untitled)
  const empty = boardEmptyReason(listed, shown)
  const summary = text.resultCount(shown, listed, filters.set, asOf)

  return (
    <div className="board-results" aria-busy={pending}>
      <p className="board-results__count" role="status">
        {summary}
        {pending ? <span className="muted"> · {text.updating}</span> : null}
      </p>
      <ExportMenu {...exportMenu} />
      {empty === 'not-yet-listed' ? (
        <EmptyState
          message={text.emptyNotYet(filters.set, asOf, formatFirst(firstListed(dataset.items, filters.set), lang))}
        />
      ) : empty === 'no-match' ? (
        <EmptyState
          message={text.emptyNoMatch(filters.set, asOf)}
          action={
            hasActiveFilters(filters) ? (
              <button type="button" onClick={clearFilters}>
                {text.clearAll}
              </button>
            ) : null
          }
        />
      ) : layout === 'table' ? (
        <BoardTable
          titled={titled}
          untitled={untitled}
          set={filters.set}
          caption={`${text.heading}: ${summary}`}
          onOpen={onOpen}
        />
      ) : (
        <BoardColumns titled={titled} untitled={untitled} set={filters.set} onOpen={onOpen} />
      )}
    </div>
  )
}

const formatFirst = (date: string | null, lang: Lang) => (date === null ? null : formatDay(date, lang))

/** On a phone the facets live in a sheet, opened from a button that says how many filters are on. */
function FilterSheet() {
  const text = useBoardText()
  const filters = useFilters()
  const [open, setOpen] = useState(false)
  return (
    <div className="board__sheet-opener">
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {text.filtersActive(activeFilterCount(filters))}
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title={text.filters} closeLabel={text.close} variant="sheet">
        <FilterPanel />
        <button type="button" className="board__sheet-done" onClick={() => setOpen(false)}>
          {text.showResults}
        </button>
      </Dialog>
    </div>
  )
}

function ItemPanel({ fallbackFocus }: { readonly fallbackFocus: () => HTMLElement | null }) {
  const text = useBoardText()
  const detail = useItemDetail()
  const selectItem = useViewStore((state) => state.selectItem)
  return (
    <Dialog
      open={detail !== null}
      onClose={() => selectItem(null)}
      title={detail ? <ItemTitle item={detail.item} /> : ''}
      closeLabel={text.close}
      variant="side"
      fallbackFocus={fallbackFocus}
    >
      {detail ? <ItemDetailView detail={detail} /> : null}
    </Dialog>
  )
}

export function BoardPanel() {
  const text = useBoardText()
  const heading = useRef<HTMLHeadingElement>(null)
  const selectItem = useViewStore((state) => state.selectItem)
  const onOpen = useCallback((itemId: string) => selectItem(itemId), [selectItem])
  // When the row that opened the panel has scrolled out of the window (or the panel came from a link),
  // focus goes to that item's row if it is rendered, else to the board heading.
  const fallbackFocus = useCallback(() => {
    const itemId = useViewStore.getState().item
    const row = [...document.querySelectorAll<HTMLElement>('[data-item-id]')].find((el) => el.dataset.itemId === itemId)
    return row?.querySelector('button') ?? heading.current
  }, [])

  return (
    <section className="board" aria-labelledby="board-heading">
      <h2 id="board-heading" ref={heading} tabIndex={-1}>
        {text.heading}
      </h2>
      <BoardToolbar />
      <ProgrammeContext />
      <div className="board__layout">
        <aside className="board__filters" aria-label={text.filters}>
          <FilterPanel />
        </aside>
        <div className="board__main">
          <FilterSheet />
          <BoardResults onOpen={onOpen} />
        </div>
      </div>
      <ItemPanel fallbackFocus={fallbackFocus} />
    </section>
  )
}
