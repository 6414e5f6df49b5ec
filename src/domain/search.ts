// Free-text search over items. Names are matched in every spelling the data knows (Semashko, Syamashka,
// Семашко), so text is folded: lower case, no diacritics, ё → е.
import { allWordings } from '../i18n/localized-text'
import { isKnownAt } from './items'
import type { Dataset, FuzzyDate, IsoDate, Item, TimelineEvent } from './types'

export function foldText(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ё/g, 'е').replace(/ł/g, 'l')
}

export function queryTokens(query: string): readonly string[] {
  return foldText(query).split(/\s+/).filter(Boolean)
}

/**
 * An item's search text in two parts: what holds on any date (id, title, notes, topics) and each report with the
 * date it became known, so a search on a date finds an item only through what had been said by then.
 */
export interface ItemSearchText {
  readonly always: string
  readonly reports: readonly { readonly date: FuzzyDate; readonly text: string }[]
}

export type SearchIndex = ReadonlyMap<string, ItemSearchText>

type NameLookups = Pick<Dataset, 'peopleById' | 'topicsById'>

function itemSearchText(item: Item, dataset: NameLookups): ItemSearchText {
  const always: string[] = [
    item.id,
    item.title ? allWordings(item.title) : '',
    item.titleNote ? allWordings(item.titleNote) : '',
    item.summary ? allWordings(item.summary) : '',
  ]
  for (const topicId of item.topics) {
    const topic = dataset.topicsById.get(topicId)
    if (topic) always.push(allWordings(topic.label), ...topic.aliases)
  }
  const reports = [...item.history, ...item.positions].map((claim) => {
    const person = claim.claimant.personId ? dataset.peopleById.get(claim.claimant.personId) : undefined
    const names = person ? [allWordings(person.name), ...person.variants] : []
    const text = [allWordings(claim.summary), allWordings(claim.claimant.label), ...names].join(' \u0000 ')
    return { date: claim.date, text: foldText(text) }
  })
  return { always: foldText(always.join(' \u0000 ')), reports }
}

/** Search text per item id; build once per dataset. */
export function buildSearchIndex(dataset: Pick<Dataset, 'items'> & NameLookups): SearchIndex {
  return new Map(dataset.items.map((item) => [item.id, itemSearchText(item, dataset)]))
}

/** Whether every word is in the item's lasting text or in a report known by `asOf`. */
export function matchesTokensAt(text: ItemSearchText | undefined, tokens: readonly string[], asOf: IsoDate): boolean {
  if (!text) return tokens.length === 0
  return tokens.every(
    (token) =>
      text.always.includes(token) ||
      text.reports.some((report) => isKnownAt(report, asOf) && report.text.includes(token)),
  )
}

function eventSearchText(event: TimelineEvent, dataset: NameLookups): string {
  const parts = [event.id, allWordings(event.title), allWordings(event.summary), ...event.actorLabels.map(allWordings)]
  for (const personId of event.actors) {
    const person = dataset.peopleById.get(personId)
    if (person) parts.push(allWordings(person.name), ...person.variants)
  }
  for (const topicId of event.topics) {
    const topic = dataset.topicsById.get(topicId)
    if (topic) parts.push(allWordings(topic.label), ...topic.aliases)
  }
  return foldText(parts.join(' \u0000 '))
}

/** Each event's text in both languages, with its people's names in every spelling and its topics; per dataset. */
export function eventSearchTexts(dataset: Pick<Dataset, 'events'> & NameLookups): ReadonlyMap<string, string> {
  return new Map(dataset.events.map((event) => [event.id, eventSearchText(event, dataset)]))
}
