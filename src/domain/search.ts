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

export type NameLookups = Pick<Dataset, 'peopleById' | 'topicsById'>

/** A person as search finds them: the name in both languages and every other spelling the data knows. */
export function personWords(dataset: NameLookups, personId: string | null): readonly string[] {
  const person = personId === null ? undefined : dataset.peopleById.get(personId)
  return person ? [allWordings(person.name), ...person.variants] : []
}

/** A topic as search finds it: its label in both languages and its aliases. */
export function topicWords(dataset: NameLookups, topicId: string): readonly string[] {
  const topic = dataset.topicsById.get(topicId)
  return topic ? [allWordings(topic.label), ...topic.aliases] : []
}

export const joinFolded = (parts: readonly string[]) => foldText(parts.join(' \u0000 '))

export function itemSearchText(item: Item, dataset: NameLookups): ItemSearchText {
  const always: string[] = [
    item.id,
    item.title ? allWordings(item.title) : '',
    item.titleNote ? allWordings(item.titleNote) : '',
    item.summary ? allWordings(item.summary) : '',
    ...item.topics.flatMap((topicId) => topicWords(dataset, topicId)),
  ]
  const reports = [...item.history, ...item.positions].map((claim) => ({
    date: claim.date,
    text: joinFolded([
      allWordings(claim.summary),
      allWordings(claim.claimant.label),
      ...personWords(dataset, claim.claimant.personId),
    ]),
  }))
  return { always: joinFolded(always), reports }
}

/** Search text per item id; build once per dataset. */
export function buildSearchIndex(dataset: Pick<Dataset, 'items'> & NameLookups): SearchIndex {
  return new Map(dataset.items.map((item) => [item.id, itemSearchText(item, dataset)]))
}

/** Whether whatever holds every word of `tokens` holds every word of `previous` too: each earlier word is in a new one. */
export function narrows(tokens: readonly string[], previous: readonly string[]): boolean {
  return previous.every((word) => tokens.some((token) => token.includes(word)))
}

/** How many recent queries a remembering search keeps: a word typed and taken back letter by letter. */
const REMEMBERED_QUERIES = 8

/**
 * The values that hold every word, for query after query over the same values: a keystroke that adds to the words
 * searches only the matches of a query it extends (whatever holds "oil" holds "oi"), and one that takes a letter
 * back finds its query remembered. `holds` must depend on nothing but the value and the words.
 */
export function rememberingSearch<T>(
  values: readonly T[],
  holds: (value: T, tokens: readonly string[]) => boolean,
): (tokens: readonly string[]) => readonly T[] {
  const recent = new Map<string, { readonly tokens: readonly string[]; readonly found: readonly T[] }>()
  return (tokens) => {
    if (tokens.length === 0) return values
    const key = tokens.join(' ')
    const remembered = recent.get(key)
    recent.delete(key)
    let found = remembered?.found
    if (!found) {
      let pool = values
      for (const query of recent.values()) {
        if (query.found.length < pool.length && narrows(tokens, query.tokens)) pool = query.found
      }
      found = pool.filter((value) => holds(value, tokens))
    }
    recent.set(key, { tokens, found })
    if (recent.size > REMEMBERED_QUERIES) recent.delete(recent.keys().next().value ?? key)
    return found
  }
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

export function eventSearchText(event: TimelineEvent, dataset: NameLookups): string {
  return joinFolded([
    event.id,
    allWordings(event.title),
    allWordings(event.summary),
    ...event.actorLabels.map(allWordings),
    ...event.actors.flatMap((personId) => personWords(dataset, personId)),
    ...event.topics.flatMap((topicId) => topicWords(dataset, topicId)),
  ])
}

/** Each event's text in both languages, with its people's names in every spelling and its topics; per dataset. */
export function eventSearchTexts(dataset: Pick<Dataset, 'events'> & NameLookups): ReadonlyMap<string, string> {
  return new Map(dataset.events.map((event) => [event.id, eventSearchText(event, dataset)]))
}
