import type { Filters } from '../../domain/filters'
import { personName, topicName } from '../../domain/names'
import { OUTCOME_META } from '../../domain/outcome'
import { STATUS_META } from '../../domain/status'
import type { Dataset } from '../../domain/types'
import type { Lang } from '../../i18n/lang'
import type { ChartsText } from './charts-text'

export interface FilterLine {
  readonly kind: string
  readonly values: string
}

/** The board's active filters in words ("Topic: Gas, Oil"), so the charts say what they are limited to. */
export function describeFilters(
  filters: Filters,
  dataset: Dataset,
  lang: Lang,
  text: ChartsText,
): readonly FilterLine[] {
  const topic = (id: string) => topicName(dataset, id, lang)
  const actor = (id: string) => personName(dataset, id, lang)
  const lines: [string, readonly string[]][] = [
    [text.filterKinds.topics, filters.topics.map(topic)],
    [text.filterKinds.statuses, filters.statuses.map((s) => STATUS_META[s].label[lang])],
    [text.filterKinds.actors, filters.actors.map(actor)],
    [text.filterKinds.outcomes, filters.outcomes.map((o) => OUTCOME_META[o].label[lang])],
    [text.filterKinds.q, filters.q.trim() === '' ? [] : [`“${filters.q.trim()}”`]],
  ]
  return lines.filter(([, values]) => values.length > 0).map(([kind, values]) => ({ kind, values: values.join(', ') }))
}
