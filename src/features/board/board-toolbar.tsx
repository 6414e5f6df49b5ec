// Which set, which layout, and the search box ('/' focuses it from anywhere on the board).
import { useEffect, useId, useRef } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { ITEM_SETS } from '../../domain/types'
import type { Layout } from '../../state/view'
import { useViewStore } from '../../state/view-store'
import { useBoardText } from './board-text'

const LAYOUTS: readonly Layout[] = ['table', 'columns']

/** Typing '/' outside a text field jumps to the search box, as on most sites with search. */
function useSlashToSearch(input: React.RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return
      const target = event.target
      const typing =
        target instanceof HTMLElement &&
        (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
      if (typing || document.querySelector('dialog[open]')) return
      event.preventDefault()
      input.current?.focus()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [input])
}

export function BoardToolbar() {
  const text = useBoardText()
  const searchId = useId()
  const hintId = useId()
  const input = useRef<HTMLInputElement>(null)
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
  useSlashToSearch(input)
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
      <div className="board-search">
        <label htmlFor={searchId}>{text.searchLabel}</label>
        <input
          ref={input}
          id={searchId}
          type="search"
          value={q}
          placeholder={text.searchPlaceholder}
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setQuery(event.target.value)}
        />
        <span id={hintId} className="board-search__hint">
          {text.searchHint}
        </span>
      </div>
    </div>
  )
}
