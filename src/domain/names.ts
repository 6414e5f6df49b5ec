// Names of topics, people, claimants and items in the reader's language: one lookup each, so every view and
// export names a thing the same way.
import type { Lang } from '../i18n/lang'
import { textIn } from '../i18n/localized-text'
import type { Claimant, Dataset, Item, Person } from './types'

export type NameLookups = Pick<Dataset, 'topicsById' | 'peopleById'>

export function topicName(names: NameLookups, id: string, lang: Lang): string {
  const topic = names.topicsById.get(id)
  return topic ? textIn(topic.label, lang) : id
}

export function nameOf(person: Person, lang: Lang): string {
  return textIn(person.name, lang)
}

export function personName(names: NameLookups, id: string, lang: Lang): string {
  const person = names.peopleById.get(id)
  return person ? nameOf(person, lang) : id
}

/** The claimant's own label ("Sergei Rumas, Prime Minister of Belarus"). */
export function claimantName(claimant: Claimant, lang: Lang): string {
  return textIn(claimant.label, lang)
}

/** Just the person's name where the claimant is a known person, else the claimant's own label. */
export function claimantShortName(names: NameLookups, claimant: Claimant, lang: Lang): string {
  const person = claimant.personId === null ? undefined : names.peopleById.get(claimant.personId)
  return person ? nameOf(person, lang) : claimantName(claimant, lang)
}

/** The item's title in the reader's language; null when no title was ever published. */
export function itemTitle(item: Item, lang: Lang): string | null {
  return item.title ? textIn(item.title, lang) : null
}
