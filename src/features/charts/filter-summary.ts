import { activeFilterValues } from '../../domain/active-filters'
import type { Filters } from '../../domain/filters'
import type { Dataset } from '../../domain/types'
import type { Lang } from '../../i18n/lang'
import type { ChartsText } from './charts-text'

export interface FilterLine {
  readonly kind: string
  readonly values: string
}

/** The board's active filters in words ("Topic: Gas, Oil"), so the charts say what they are limited to. */
export function filterSummaryLines(
  filters: Filters,
  dataset: Dataset,
  lang: Lang,
  text: ChartsText,
): readonly FilterLine[] {
  return activeFilterValues(filters, dataset, lang).map(({ kind, values }) => ({
    kind: text.filterKinds[kind],
    values: values.join(', '),
  }))
}
