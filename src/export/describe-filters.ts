// One line that says which slice of the data a view shows, in the interface language. It is stamped on
// exported images, written into file citations and shown on the briefing's title slide.
import type { Filters } from '../domain/filters'
import { OUTCOME_META } from '../domain/outcome'
import { STATUS_META } from '../domain/status'
import type { Lang } from '../i18n/lang'
import { exportText } from './export-text'
import { personName, topicName, type NameLookups } from '../domain/names'

/** "Roadmaps (2019); topic: Gas, Oil; status: Open (disputed)" — the set always, then each active filter. */
export function describeFilters(filters: Filters, names: NameLookups, lang: Lang): string {
  const parts = [exportText(lang, filters.set === 'roadmaps' ? 'filters.roadmaps' : 'filters.programmes')]
  const add = (
    key: 'filters.topics' | 'filters.statuses' | 'filters.actors' | 'filters.outcomes',
    values: string[],
  ) => {
    if (values.length > 0) parts.push(`${exportText(lang, key)}: ${values.join(', ')}`)
  }
  const label = (meta: { label: Record<Lang, string> }) => meta.label[lang]
  add(
    'filters.topics',
    filters.topics.map((id) => topicName(names, id, lang)),
  )
  add(
    'filters.statuses',
    filters.statuses.map((status) => label(STATUS_META[status])),
  )
  add(
    'filters.actors',
    filters.actors.map((id) => personName(names, id, lang)),
  )
  add(
    'filters.outcomes',
    filters.outcomes.map((outcome) => label(OUTCOME_META[outcome])),
  )
  const q = filters.q.trim()
  if (q !== '') parts.push(`${exportText(lang, 'filters.q')}: “${q}”`)
  if (parts.length === 1) parts.push(exportText(lang, 'filters.none'))
  return parts.join('; ')
}
