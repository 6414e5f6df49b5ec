import type { Filters } from '../../domain/filters'
import { OUTCOME_META } from '../../domain/outcome'
import { STATUS_META } from '../../domain/status'
import type { Dataset } from '../../domain/types'
import type { Lang } from '../../state/view'
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
  const ru = lang === 'ru'
  const topic = (id: string) => {
    const found = dataset.topicsById.get(id)
    return found ? (ru ? found.labelRu : found.label) : id
  }
  const actor = (id: string) => {
    const person = dataset.peopleById.get(id)
    return person ? ((ru ? person.nameRu : null) ?? person.name) : id
  }
  const lines: [string, readonly string[]][] = [
    [text.filterKinds.topics, filters.topics.map(topic)],
    [text.filterKinds.statuses, filters.statuses.map((s) => (ru ? STATUS_META[s].labelRu : STATUS_META[s].label))],
    [text.filterKinds.actors, filters.actors.map(actor)],
    [text.filterKinds.outcomes, filters.outcomes.map((o) => (ru ? OUTCOME_META[o].labelRu : OUTCOME_META[o].label))],
    [text.filterKinds.q, filters.q.trim() === '' ? [] : [`“${filters.q.trim()}”`]],
  ]
  return lines.filter(([, values]) => values.length > 0).map(([kind, values]) => ({ kind, values: values.join(', ') }))
}
