// Free-text search over items. Names are matched in every spelling the data knows (Semashko, Syamashka,
// Семашко), so text is folded: lower case, no diacritics, ё → е.
import { allWordings } from '../i18n/localized-text'
import { claimantIds } from './items'
import type { Dataset, Item } from './types'

export function foldText(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ё/g, 'е').replace(/ł/g, 'l')
}

export function queryTokens(query: string): readonly string[] {
  return foldText(query).split(/\s+/).filter(Boolean)
}

function itemHaystack(item: Item, dataset: Pick<Dataset, 'peopleById' | 'topicsById'>): string {
  const parts: string[] = [
    item.id,
    item.title ? allWordings(item.title) : '',
    item.titleNote ? allWordings(item.titleNote) : '',
    item.summary ? allWordings(item.summary) : '',
  ]
  for (const topicId of item.topics) {
    const topic = dataset.topicsById.get(topicId)
    if (topic) parts.push(allWordings(topic.label), ...topic.aliases)
  }
  for (const change of [...item.history, ...item.positions]) {
    parts.push(allWordings(change.summary), allWordings(change.claimant.label))
  }
  for (const personId of claimantIds(item)) {
    const person = dataset.peopleById.get(personId)
    if (person) parts.push(allWordings(person.name), ...person.variants)
  }
  return foldText(parts.join(' \u0000 '))
}

/** Folded search text per item id; build once per dataset. */
export function buildSearchIndex(
  dataset: Pick<Dataset, 'items' | 'peopleById' | 'topicsById'>,
): ReadonlyMap<string, string> {
  return new Map(dataset.items.map((item) => [item.id, itemHaystack(item, dataset)]))
}

export function matchesTokens(haystack: string, tokens: readonly string[]): boolean {
  return tokens.every((token) => haystack.includes(token))
}
