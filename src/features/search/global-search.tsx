// The one search box, in the header on every view: an ARIA combobox over everything the tracker holds. What is
// typed is the view's `q`, so the board and the timeline filter by the same words.
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { SearchResult } from '../../domain/global-search'
import { useDataset, useDeferredOnLargeData } from '../../state/on-screen'
import { useViewStore } from '../../state/view-store'
import { revealWhenDrawn } from './reveal'
import { destinationOf } from './search-destination'
import { optionId, SearchResults } from './search-results'
import { useSearchText } from './search-text'
import { useGlobalSearch } from './use-global-search'
import { useSlashToFocus } from './use-slash-to-focus'
import './global-search.css'

const NO_GROUPS: readonly never[] = []

export function GlobalSearch() {
  const text = useSearchText()
  const dataset = useDataset()
  const q = useViewStore((state) => state.q)
  const setQuery = useViewStore((state) => state.setQuery)
  const openPlace = useViewStore((state) => state.openPlace)
  const [open, setOpen] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const baseId = useId()
  const listId = `${baseId}-results`
  const hintId = `${baseId}-hint`
  useSlashToFocus(input)

  // Results follow the typing a frame behind on a large dataset, so each keystroke echoes at once.
  const typed = open ? q : ''
  const query = useDeferredOnLargeData(typed)
  const search = useGlobalSearch(query)
  const groups = search.status === 'ready' ? search.groups : NO_GROUPS
  const results = useMemo(() => groups.flatMap((group) => group.results), [groups])
  // The active option belongs to the results it was chosen in; new results start with none.
  const [cursor, setCursor] = useState({ results, index: -1 })
  const index = cursor.results === results ? cursor.index : -1
  const active = results[index]
  const activeId = active ? optionId(listId, active) : null
  const expanded = open && query.trim() !== ''

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' })
  }, [activeId])

  const openResult = (result: SearchResult) => {
    const { place, anchor } = destinationOf(result, dataset)
    setOpen(false)
    openPlace(place)
    if (anchor) revealWhenDrawn(anchor)
  }

  const move = (step: number) => {
    if (results.length === 0) return
    const next = index < 0 && step < 0 ? results.length - 1 : (index + step + results.length) % results.length
    setCursor({ results, index: next })
  }

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault()
        if (!open) setOpen(true)
        else move(event.key === 'ArrowDown' ? 1 : -1)
        break
      case 'Enter':
        if (expanded && active) {
          event.preventDefault()
          openResult(active)
        }
        break
      case 'Escape':
        // First Escape closes the results, a second clears the words.
        event.preventDefault()
        if (expanded) setOpen(false)
        else setQuery('')
        break
    }
  }

  return (
    <div className="global-search" role="search">
      <label htmlFor={`${baseId}-input`} className="global-search__label">
        {text.label}
      </label>
      <input
        ref={input}
        id={`${baseId}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && activeId ? activeId : undefined}
        aria-describedby={hintId}
        value={q}
        placeholder={text.placeholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setQuery(event.target.value)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <span id={hintId} className="visually-hidden">
        {text.hint}
      </span>
      <p className="global-search__count visually-hidden" role="status">
        {expanded && results.length > 0 ? text.found(groups.reduce((sum, group) => sum + group.total, 0)) : ''}
      </p>
      {/* Busy while the results still show the words before the last keystroke. */}
      <div
        className="global-search__popup"
        hidden={!expanded}
        aria-busy={query !== typed || search.status === 'loading'}
      >
        {search.status === 'loading' ? <p className="global-search__none">{text.loading}</p> : null}
        {search.status === 'failed' ? (
          <p className="global-search__none" role="alert">
            {text.failed} {/* Mouse down would blur the input and close the list before the click lands. */}
            <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={search.retry}>
              {text.retry}
            </button>
          </p>
        ) : null}
        {search.status === 'ready' && results.length === 0 ? (
          <p className="global-search__none">{text.none(query)}</p>
        ) : null}
        <SearchResults listId={listId} groups={expanded ? groups : []} activeId={activeId} onOpen={openResult} />
      </div>
    </div>
  )
}
