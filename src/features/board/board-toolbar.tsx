// Which set, which layout, and the search words the board is filtered by (typed in the header's search box).
import { useShallow } from 'zustand/react/shallow'
import { ITEM_SETS } from '../../domain/types'
import type { Layout } from '../../state/view'
import { useViewStore } from '../../state/view-store'
import { useBoardText } from './board-text'

const LAYOUTS: readonly Layout[] = ['table', 'columns']

export function BoardToolbar() {
  const text = useBoardText()
  const { set, layout, q, setSet, setLayout, setQuery } = useViewStore(
    useShallow((state) => ({
      set: state.set,
      layout: state.layout,
      q: state.q,
      setSet: state.setSet,
      setLayout: state.setLayout,
      setQuery: state.setQuery,
    })),
  )
  const setLabel = { roadmaps: text.setRoadmaps, programmes: text.setProgrammes }
  const layoutLabel = { table: text.layoutTable, columns: text.layoutColumns }

  return (
    <div className="board-toolbar">
      <div className="board-segmented" role="group" aria-label={text.setLabel}>
        {ITEM_SETS.map((value) => (
          <button key={value} type="button" aria-pressed={set === value} onClick={() => setSet(value)}>
            {setLabel[value]}
          </button>
        ))}
      </div>
      <div className="board-segmented" role="group" aria-label={text.layoutLabel}>
        {LAYOUTS.map((value) => (
          <button key={value} type="button" aria-pressed={layout === value} onClick={() => setLayout(value)}>
            {layoutLabel[value]}
          </button>
        ))}
      </div>
      {q.trim() === '' ? null : (
        <p className="board-search">
          {text.searchShown(q)}{' '}
          <button type="button" onClick={() => setQuery('')}>
            {text.searchClear}
          </button>
        </p>
      )}
    </div>
  )
}
