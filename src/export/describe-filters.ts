// One line that says which slice of the data a view shows, in the interface language. It is stamped on
// exported images, written into file citations and shown on the briefing's title slide.
import { activeFilterValues } from '../domain/active-filters'
import type { Filters } from '../domain/filters'
import type { NameLookups } from '../domain/names'
import type { Lang } from '../i18n/lang'
import { exportText } from './export-text'

/** "Roadmaps (2019); topic: Gas, Oil; status: Open (disputed)" — the set always, then each active filter. */
export function oneLineFilterSummary(filters: Filters, names: NameLookups, lang: Lang): string {
  const set = exportText(lang, filters.set === 'roadmaps' ? 'filters.roadmaps' : 'filters.programmes')
  const active = activeFilterValues(filters, names, lang).map(
    ({ kind, values }) => `${exportText(lang, `filters.${kind}`)}: ${values.join(', ')}`,
  )
  return [set, ...(active.length > 0 ? active : [exportText(lang, 'filters.none')])].join('; ')
}
