// The open results: a listbox with one labelled group per kind (the APG grouped listbox). Options are not
// focusable; the input keeps focus and points at the active one with aria-activedescendant.
import { Marked } from '../../components/marked-text'
import type { SearchGroup, SearchResult } from '../../domain/global-search'
import { formatFuzzyDate } from '../../lib/format'
import { useLang } from '../../state/use-t'
import { useSearchText } from './search-text'

export const optionId = (listId: string, result: SearchResult) => `${listId}-${result.kind}-${result.id}`

interface SearchResultsProps {
  readonly listId: string
  readonly groups: readonly SearchGroup[]
  readonly activeId: string | null
  readonly onOpen: (result: SearchResult) => void
}

function ResultOption({
  listId,
  result,
  active,
  onOpen,
}: {
  readonly listId: string
  readonly result: SearchResult
  readonly active: boolean
  readonly onOpen: (result: SearchResult) => void
}) {
  const text = useSearchText()
  const lang = useLang()
  const id = optionId(listId, result)
  return (
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- the combobox input handles the keys (APG pattern)
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={`global-search__option${result.later ? ' global-search__option--later' : ''}`}
      // Mouse down would blur the input and close the list before the click lands.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onOpen(result)}
    >
      {/* The option is named by all it shows (title, date, sources, snippet), as the label-in-name rule asks. */}
      <Marked className="global-search__title" text={result.title} lang={lang} />
      <span className="global-search__about">
        <span className="global-search__meta">
          {result.date ? <time dateTime={result.date.value}>{formatFuzzyDate(result.date, lang)}</time> : null}
          {result.later ? <em className="tag">{text.later}</em> : null}
          {result.sources.length > 0 ? <span>{text.sources(result.sources.length)}</span> : null}
          {result.kind === 'person' ? <span>{text.events(result.events.length)}</span> : null}
        </span>
        {result.snippet ? (
          <Marked className="global-search__snippet" text={result.snippet} lang={lang} />
        ) : result.later ? (
          <span className="global-search__snippet">{text.foundLater}</span>
        ) : null}
      </span>
    </li>
  )
}

export function SearchResults({ listId, groups, activeId, onOpen }: SearchResultsProps) {
  const text = useSearchText()
  return (
    <ul id={listId} role="listbox" aria-label={text.results} className="global-search__list">
      {groups.map((group) => (
        <li key={group.kind} role="presentation">
          <ul role="group" aria-labelledby={`${listId}-${group.kind}`} className="global-search__group">
            <li role="presentation" id={`${listId}-${group.kind}`} className="global-search__group-label">
              {text.kinds[group.kind]} <span>({text.shownOf(group.results.length, group.total)})</span>
            </li>
            {group.results.map((result) => (
              <ResultOption
                key={result.id}
                listId={listId}
                result={result}
                active={optionId(listId, result) === activeId}
                onOpen={onOpen}
              />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  )
}
