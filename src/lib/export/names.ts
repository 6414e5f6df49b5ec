// Names in the interface language's script where the data has them (Russian labels and Cyrillic names),
// falling back to the stored English form rather than to nothing.
import type { Claimant, Dataset, Item } from '../../domain/types'
import type { Lang } from '../../state/view'

export type NameLookups = Pick<Dataset, 'topicsById' | 'peopleById'>

export function topicName(names: NameLookups, id: string, lang: Lang): string {
  const topic = names.topicsById.get(id)
  if (!topic) return id
  return lang === 'ru' ? topic.labelRu : topic.label
}

export function personName(names: NameLookups, id: string, lang: Lang): string {
  const person = names.peopleById.get(id)
  if (!person) return id
  return lang === 'ru' && person.nameRu ? person.nameRu : person.name
}

/** The claimant's own label ("Vladimir Semashko, Belarus ambassador to Russia"), or in Russian the name in Cyrillic. */
export function claimantName(names: NameLookups, claimant: Claimant, lang: Lang): string {
  if (lang === 'ru' && claimant.personId) {
    const person = names.peopleById.get(claimant.personId)
    if (person?.nameRu) return person.nameRu
  }
  return claimant.label
}

/** The item's title in the interface language where known; null when no title was ever published. */
export function itemTitle(item: Item, lang: Lang): string | null {
  return (lang === 'ru' ? item.titleRu : null) ?? item.title
}
