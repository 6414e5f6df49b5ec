// One search over everything the tracker holds: items, events, counts, deadlines, reported areas, people and
// sources. Matching is search.ts's (folded text, every name spelling, reports only once known); the index is
// built once per dataset, so a keystroke only scans prepared folded strings, and only the previous query's
// matches when it adds to the words. Hand-written rather than a full-text library: the rule is a substring of
// folded text (a name stem like "Семашк" or "Syamashk" must match), results need the matched span in the shown
// wording, and the whole corpus is a few thousand strings.
import type { Lang } from '../i18n/lang'
import { allWordings, shownLang, textIn, type LocalizedText } from '../i18n/localized-text'
import { isKnownAt } from './items'
import { topicName } from './names'
import {
  eventSearchText,
  foldText,
  itemSearchText,
  joinFolded,
  matchesTokensAt,
  personWords,
  queryTokens,
  rememberingSearch,
  topicWords,
  type ItemSearchText,
} from './search'
import type {
  Claimant,
  CountClaim,
  Dataset,
  FuzzyDate,
  IsoDate,
  Item,
  Person,
  ReportedArea,
  Source,
  Target,
  TimelineEvent,
} from './types'

/** Kinds in the order their groups are listed. */
export const SEARCH_KINDS = ['item', 'person', 'event', 'deadline', 'count', 'area', 'source'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/** Text as shown, with the spans that hold a search word; `lang` is the language it is written in. */
export interface MarkedText {
  readonly text: string
  readonly lang: string
  readonly marks: readonly { readonly start: number; readonly end: number }[]
}

export interface SearchResult {
  readonly kind: SearchKind
  readonly id: string
  readonly date: FuzzyDate | null
  readonly title: MarkedText
  /** Where the words were found, known at the date; null when they were found only in what came later. */
  readonly snippet: MarkedText | null
  readonly sources: readonly string[]
  /** Dated after the as-of date, or found only in what was said after it: listed, marked, never shown as known. */
  readonly later: boolean
  /** A person's events known at the date. */
  readonly events: readonly string[]
}

export interface SearchGroup {
  readonly kind: SearchKind
  /** All matches; `results` holds the first few. */
  readonly total: number
  readonly results: readonly SearchResult[]
}

type Searchable =
  | { readonly kind: 'item'; readonly value: Item }
  | { readonly kind: 'person'; readonly value: Person }
  | { readonly kind: 'event'; readonly value: TimelineEvent }
  | { readonly kind: 'deadline'; readonly value: Target }
  | { readonly kind: 'count'; readonly value: CountClaim }
  | { readonly kind: 'area'; readonly value: ReportedArea }
  | { readonly kind: 'source'; readonly value: Source }

interface Entry {
  readonly record: Searchable
  /** When the record itself became known; null for what is not dated (items, people). */
  readonly date: FuzzyDate | null
  readonly text: ItemSearchText
  /** All of `text` in one string, reports of any date included: one test per word tells whether it matches at all. */
  readonly everything: string
}

export interface GlobalSearchIndex {
  readonly dataset: Dataset
  /** The entries that hold every word, reports of any date included (rememberingSearch: keystrokes narrow). */
  readonly entriesHolding: (tokens: readonly string[]) => readonly Entry[]
  readonly eventsByPerson: ReadonlyMap<string, readonly TimelineEvent[]>
}

const SNIPPET_LENGTH = 140

const always = (parts: readonly string[]): ItemSearchText => ({ always: joinFolded(parts), reports: [] })

const claimantWords = (dataset: Dataset, claimant: Claimant) => [
  allWordings(claimant.label),
  ...personWords(dataset, claimant.personId),
]

const topicsWords = (dataset: Dataset, ids: readonly string[]) => ids.flatMap((id) => topicWords(dataset, id))

/** An area is known once the first source naming it is out. */
function areaDate(dataset: Dataset, area: ReportedArea): FuzzyDate | null {
  const dates = area.sources.flatMap((id) => dataset.sourcesById.get(id)?.date ?? [])
  return dates.reduce<FuzzyDate | null>(
    (first, date) => (first === null || date.start < first.start ? date : first),
    null,
  )
}

function entryOf(dataset: Dataset, record: Searchable): Entry {
  const entry = textOf(dataset, record)
  return {
    ...entry,
    everything: [entry.text.always, ...entry.text.reports.map((report) => report.text)].join(' \u0000 '),
  }
}

function textOf(dataset: Dataset, record: Searchable): Omit<Entry, 'everything'> {
  switch (record.kind) {
    case 'item':
      return { record, date: null, text: itemSearchText(record.value, dataset) }
    case 'person': {
      const person = record.value
      const roles = person.roles.map((role) => allWordings(role.title))
      return { record, date: null, text: always([person.id, allWordings(person.name), ...person.variants, ...roles]) }
    }
    case 'event':
      return { record, date: record.value.date, text: { always: eventSearchText(record.value, dataset), reports: [] } }
    case 'deadline': {
      const target = record.value
      const text = [target.id, allWordings(target.title), allWordings(target.summary)]
      return {
        record,
        date: target.setOn,
        text: {
          always: joinFolded([
            ...text,
            ...claimantWords(dataset, target.setBy),
            ...topicsWords(dataset, target.topics),
          ]),
          reports: target.outcomes.map((outcome) => ({
            date: outcome.date,
            text: foldText(allWordings(outcome.summary)),
          })),
        },
      }
    }
    case 'count':
      return {
        record,
        date: record.value.date,
        text: always([allWordings(record.value.summary), ...claimantWords(dataset, record.value.claimant)]),
      }
    case 'area': {
      const area = record.value
      return {
        record,
        date: areaDate(dataset, area),
        text: always([allWordings(area.label), allWordings(area.namedBy), ...topicsWords(dataset, area.topics)]),
      }
    }
    case 'source': {
      const source = record.value
      return {
        record,
        date: source.date,
        text: always([source.id, allWordings(source.publisher), allWordings(source.title), source.originalTitle ?? '']),
      }
    }
  }
}

/** Everything searchable, folded once; keep it per dataset. */
export function buildGlobalSearchIndex(dataset: Dataset): GlobalSearchIndex {
  const records: Searchable[] = [
    ...dataset.items.map((value) => ({ kind: 'item' as const, value })),
    ...dataset.people.map((value) => ({ kind: 'person' as const, value })),
    ...dataset.events.map((value) => ({ kind: 'event' as const, value })),
    ...dataset.targets.map((value) => ({ kind: 'deadline' as const, value })),
    ...dataset.counts.map((value) => ({ kind: 'count' as const, value })),
    ...dataset.reportedAreas.map((value) => ({ kind: 'area' as const, value })),
    ...dataset.sources.map((value) => ({ kind: 'source' as const, value })),
  ]
  const eventsByPerson = new Map<string, TimelineEvent[]>()
  for (const event of dataset.events) {
    for (const id of event.actors) eventsByPerson.set(id, [...(eventsByPerson.get(id) ?? []), event])
  }
  const entries = records.map((record) => entryOf(dataset, record))
  const entriesHolding = rememberingSearch(entries, (entry, tokens) =>
    tokens.every((token) => entry.everything.includes(token)),
  )
  return { dataset, entriesHolding, eventsByPerson }
}

/** A text to show: in the reader's language first; the other languages and spellings follow as fallbacks. */
interface Shown {
  readonly text: string
  readonly lang: string
}

const ownWording = (text: LocalizedText, lang: Lang): Shown => ({
  text: textIn(text, lang),
  lang: shownLang(text, lang),
})

function wordings(text: LocalizedText | null, lang: Lang): Shown[] {
  if (!text) return []
  const own = ownWording(text, lang)
  const others = (['en', 'ru'] as const).flatMap((other) => {
    const wording = text[other]
    return other === own.lang || wording === null ? [] : [{ text: wording, lang: other }]
  })
  return [own, ...others]
}

const spellings = (person: Person | undefined): Shown[] =>
  person ? person.variants.map((variant) => ({ text: variant, lang: 'und' })) : []

function claimantShown(dataset: Dataset, claimant: Claimant, lang: Lang): Shown[] {
  const person = claimant.personId === null ? undefined : dataset.peopleById.get(claimant.personId)
  return [...wordings(claimant.label, lang), ...spellings(person)]
}

const topicsShown = (dataset: Dataset, ids: readonly string[], lang: Lang): Shown[] =>
  ids.map((id) => ({ text: topicName(dataset, id, lang), lang }))

/** The record's title and, in order of preference, the texts a snippet may be cut from: only what is known at `asOf`. */
function describe(
  dataset: Dataset,
  record: Searchable,
  lang: Lang,
  asOf: IsoDate,
): { title: Shown; fields: Shown[]; sources: readonly string[] } {
  switch (record.kind) {
    case 'item': {
      const item = record.value
      const claims = [...item.history, ...item.positions].filter((claim) => isKnownAt(claim, asOf)).reverse()
      return {
        title: item.title ? ownWording(item.title, lang) : { text: item.id, lang: 'und' },
        fields: [
          ...wordings(item.title, lang).slice(1),
          ...wordings(item.titleNote, lang),
          ...wordings(item.summary, lang),
          ...topicsShown(dataset, item.topics, lang),
          ...claims.flatMap((claim) => [
            ...wordings(claim.summary, lang),
            ...claimantShown(dataset, claim.claimant, lang),
          ]),
        ],
        sources: item.sources,
      }
    }
    case 'person': {
      const person = record.value
      return {
        title: ownWording(person.name, lang),
        fields: [
          ...wordings(person.name, lang).slice(1),
          ...spellings(person),
          ...person.roles.flatMap((role) => wordings(role.title, lang)),
        ],
        sources: [...new Set(person.roles.flatMap((role) => role.sources))],
      }
    }
    case 'event': {
      const event = record.value
      return {
        title: ownWording(event.title, lang),
        fields: [
          ...wordings(event.title, lang).slice(1),
          ...wordings(event.summary, lang),
          ...event.actors.flatMap((id) => {
            const person = dataset.peopleById.get(id)
            return person ? [...wordings(person.name, lang), ...spellings(person)] : []
          }),
          ...event.actorLabels.flatMap((label) => wordings(label, lang)),
          ...topicsShown(dataset, event.topics, lang),
        ],
        sources: event.sources,
      }
    }
    case 'deadline': {
      const target = record.value
      const outcomes = target.outcomes.filter((outcome) => isKnownAt(outcome, asOf)).reverse()
      return {
        title: ownWording(target.title, lang),
        fields: [
          ...wordings(target.title, lang).slice(1),
          ...wordings(target.summary, lang),
          ...outcomes.flatMap((outcome) => wordings(outcome.summary, lang)),
          ...claimantShown(dataset, target.setBy, lang),
          ...topicsShown(dataset, target.topics, lang),
        ],
        sources: target.sources,
      }
    }
    case 'count': {
      const count = record.value
      return {
        title: ownWording(count.summary, lang),
        fields: [...claimantShown(dataset, count.claimant, lang), ...wordings(count.summary, lang).slice(1)],
        sources: count.sources,
      }
    }
    case 'area': {
      const area = record.value
      return {
        title: ownWording(area.label, lang),
        fields: [
          ...wordings(area.label, lang).slice(1),
          ...wordings(area.namedBy, lang),
          ...topicsShown(dataset, area.topics, lang),
        ],
        sources: area.sources,
      }
    }
    case 'source': {
      const source = record.value
      return {
        title: ownWording(source.title, lang),
        fields: [
          ...wordings(source.publisher, lang),
          ...(source.originalTitle ? [{ text: source.originalTitle, lang: source.language }] : []),
          ...wordings(source.title, lang).slice(1),
        ],
        sources: [source.id],
      }
    }
  }
}

/** Each character's folded form, kept: snippets fold the same few hundred letters over and over. */
const foldedChars = new Map<string, string>()
function foldChar(char: string): string {
  let folded = foldedChars.get(char)
  if (folded === undefined) {
    folded = foldText(char)
    foldedChars.set(char, folded)
  }
  return folded
}

/** `text` folded character by character, with the index in `text` each folded character came from. */
function foldWithOrigins(text: string): { folded: string; origins: number[] } {
  let folded = ''
  const origins: number[] = []
  let index = 0
  for (const char of text) {
    const piece = foldChar(char)
    folded += piece
    for (let i = 0; i < piece.length; i++) origins.push(index)
    index += char.length
  }
  origins.push(index)
  return { folded, origins }
}

/** The spans of `text` that hold a word, merged where they touch. */
function markWords(text: string, tokens: readonly string[]): MarkedText['marks'] {
  const { folded, origins } = foldWithOrigins(text)
  const spans: { start: number; end: number }[] = []
  for (const token of tokens) {
    for (let at = folded.indexOf(token); at >= 0; at = folded.indexOf(token, at + token.length)) {
      spans.push({ start: origins[at] ?? 0, end: origins[at + token.length] ?? text.length })
    }
  }
  spans.sort((a, b) => a.start - b.start)
  const merged: { start: number; end: number }[] = []
  for (const span of spans) {
    const last = merged.at(-1)
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else merged.push({ ...span })
  }
  return merged
}

const holdsAny = (text: string, tokens: readonly string[]) => {
  const folded = foldText(text)
  return tokens.some((token) => folded.includes(token))
}

const marked = (shown: Shown, tokens: readonly string[]): MarkedText => ({
  ...shown,
  marks: markWords(shown.text, tokens),
})

/** A window of the text around its first mark, so a long summary shows the words found. */
function shorten(text: MarkedText): MarkedText {
  if (text.text.length <= SNIPPET_LENGTH) return text
  const first = text.marks[0]?.start ?? 0
  const start = Math.max(0, Math.min(first - 40, text.text.length - SNIPPET_LENGTH))
  const end = start + SNIPPET_LENGTH
  const lead = start > 0 ? '…' : ''
  const shift = lead.length - start
  return {
    text: `${lead}${text.text.slice(start, end)}${end < text.text.length ? '…' : ''}`,
    lang: text.lang,
    marks: text.marks
      .filter((mark) => mark.start >= start && mark.end <= end)
      .map((mark) => ({ start: mark.start + shift, end: mark.end + shift })),
  }
}

/** Whether the record was known at `asOf` and every word is in what was known of it then. */
const isKnownMatch = (entry: Entry, tokens: readonly string[], asOf: IsoDate) =>
  (entry.date === null || isKnownAt({ date: entry.date }, asOf)) && matchesTokensAt(entry.text, tokens, asOf)

function toResult(index: GlobalSearchIndex, entry: Entry, tokens: readonly string[], lang: Lang, asOf: IsoDate) {
  const { record } = entry
  const { title, fields, sources } = describe(index.dataset, record, lang, asOf)
  const later = !isKnownMatch(entry, tokens, asOf)
  const foundLater = later && (entry.date === null || isKnownAt({ date: entry.date }, asOf))
  const markedTitle = marked(title, tokens)
  // A match found only in later reports shows no snippet: the words found would be a later fact.
  const field = foundLater ? undefined : fields.find((shown) => holdsAny(shown.text, tokens))
  const events =
    record.kind === 'person'
      ? (index.eventsByPerson.get(record.value.id) ?? []).filter((event) => isKnownAt(event, asOf))
      : []
  return {
    kind: record.kind,
    id: record.value.id,
    date: entry.date ?? (record.kind === 'item' ? (record.value.history[0]?.date ?? null) : null),
    title: markedTitle,
    snippet: field ? shorten(marked(field, tokens)) : null,
    sources,
    later,
    events: events.map((event) => event.id),
  } satisfies SearchResult
}

/**
 * What holds every word of `query`, grouped by kind: at most `limit` results per group, those known at `asOf`
 * first. A record dated later, or found only through what was said later, is listed as later.
 */
export function globalSearch(
  index: GlobalSearchIndex,
  query: string,
  asOf: IsoDate,
  lang: Lang,
  limit = 5,
): readonly SearchGroup[] {
  const tokens = queryTokens(query)
  if (tokens.length === 0) return []
  const found = new Map<SearchKind, { total: number; known: Entry[]; later: Entry[] }>()
  for (const entry of index.entriesHolding(tokens)) {
    let group = found.get(entry.record.kind)
    if (!group) {
      group = { total: 0, known: [], later: [] }
      found.set(entry.record.kind, group)
    }
    group.total += 1
    // Only the first few are shown, so once they are known results the rest are only counted.
    if (group.known.length >= limit) continue
    if (isKnownMatch(entry, tokens, asOf)) group.known.push(entry)
    else if (group.later.length < limit) group.later.push(entry)
  }
  return SEARCH_KINDS.flatMap((kind) => {
    const group = found.get(kind)
    if (!group) return []
    const first = [...group.known, ...group.later].slice(0, limit)
    return [
      {
        kind,
        total: group.total,
        results: first.map((entry) => toResult(index, entry, tokens, lang, asOf)),
      },
    ]
  })
}

/** How many results the groups hold in all, the ones beyond each group's limit included. */
export function countResults(groups: readonly SearchGroup[]): number {
  return groups.reduce((sum, group) => sum + group.total, 0)
}
