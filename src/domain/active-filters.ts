// The chosen filters in words, facet by facet: the charts list them and exports write them in one line.
import type { Filters } from './filters'
import { personName, topicName, type NameLookups } from './names'
import { OUTCOME_META } from './outcome'
import { STATUS_META } from './status'
import type { Lang } from '../i18n/lang'

export type FilterKind = 'topics' | 'statuses' | 'actors' | 'outcomes' | 'q'

export interface ActiveFilter {
  readonly kind: FilterKind
  /** Names, labels or the quoted search, in the reader's language. */
  readonly values: readonly string[]
}

/** Each filter that holds a choice, with its values named; none for an unfiltered view. The set is not a filter here. */
export function activeFilterValues(filters: Filters, names: NameLookups, lang: Lang): readonly ActiveFilter[] {
  const q = filters.q.trim()
  const all: readonly ActiveFilter[] = [
    { kind: 'topics', values: filters.topics.map((id) => topicName(names, id, lang)) },
    { kind: 'statuses', values: filters.statuses.map((status) => STATUS_META[status].label[lang]) },
    { kind: 'actors', values: filters.actors.map((id) => personName(names, id, lang)) },
    { kind: 'outcomes', values: filters.outcomes.map((outcome) => OUTCOME_META[outcome].label[lang]) },
    { kind: 'q', values: q === '' ? [] : [`“${q}”`] },
  ]
  return all.filter((filter) => filter.values.length > 0)
}
