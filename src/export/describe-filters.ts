// One line that says which slice of the data a view shows, in the interface language. It is stamped on
// exported images, written into file citations and shown on the briefing's title slide.
import { activeFilterValues } from '../domain/active-filters'
import { filtersAsApplied, type ChartId } from '../domain/chart-scope'
import type { Filters } from '../domain/filters'
import type { NameLookups } from '../domain/names'
import type { Lang } from '../i18n/lang'
import { exportText } from './export-text'

function activeParts(filters: Filters, names: NameLookups, lang: Lang): readonly string[] {
  return activeFilterValues(filters, names, lang).map(
    ({ kind, values }) => `${exportText(lang, `filters.${kind}`)}: ${values.join(', ')}`,
  )
}

const setName = (filters: Filters, lang: Lang) =>
  exportText(lang, filters.set === 'roadmaps' ? 'filters.roadmaps' : 'filters.programmes')

/** "Roadmaps (2019); topic: Gas, Oil; status: Open (disputed)" — the set always, then each active filter. */
export function oneLineFilterSummary(filters: Filters, names: NameLookups, lang: Lang): string {
  const active = activeParts(filters, names, lang)
  return [setName(filters, lang), ...(active.length > 0 ? active : [exportText(lang, 'filters.none')])].join('; ')
}

/**
 * The same line for one chart: only the filters that chart applies (chart-scope.ts), and the item set only when
 * it counts items of one set. A chart no filter narrows says so rather than naming the board's filters.
 */
export function chartFilterSummary(chart: ChartId, filters: Filters, names: NameLookups, lang: Lang): string {
  const applied = filtersAsApplied(chart, filters)
  if (!applied.appliesAny) return exportText(lang, 'filters.notApplied')
  const active = activeParts(applied.filters, names, lang)
  return [
    ...(applied.appliesSet ? [setName(filters, lang)] : []),
    ...(active.length > 0 ? active : [exportText(lang, 'filters.none')]),
  ].join('; ')
}
