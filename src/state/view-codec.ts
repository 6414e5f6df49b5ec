// The URL is the view. Two pure functions map between them; keys are a contract shared with links people
// have already copied, so they never change meaning. The default view is the empty query string.
import { isIsoDate } from '../domain/dates'
import { decodeStory } from '../domain/story-link'
import { ITEM_SETS, type IsoDate } from '../domain/types'
import {
  DEADLINE_STATES,
  EVENT_KINDS,
  STATUSES,
  type DeadlineStatus,
  type EventKind,
  type Status,
} from '../domain/vocabulary'
import {
  EMBED_TARGETS,
  initialView,
  LAYOUTS,
  MY_STORY,
  SORT_FIELDS,
  THEMES,
  VIEW_NAMES,
  type Sort,
  type View,
} from './view'
import { LANGS } from '../i18n/lang'

export const CODEC_VERSION = '1'

/** Ids the dataset knows; values outside them are dropped with a notice. Absent: any well-formed id passes. */
export interface KnownIds {
  readonly topics: ReadonlySet<string>
  readonly actors: ReadonlySet<string>
  readonly items: ReadonlySet<string>
  readonly targets: ReadonlySet<string>
}

type ListKind = 'topic' | 'status' | 'actor' | 'outcome' | 'event' | 'kind'

/** Why a value in a link was not used; the interface words it in the reader's language (link-notice-text.ts). */
export type IgnoredBecause =
  | { readonly reason: 'unknown-setting' | 'repeated' | 'unknown-version' | 'not-a-date' }
  | { readonly reason: 'no-such-item' | 'no-such-deadline' }
  | { readonly reason: 'not-one-of' | 'not-a-sort'; readonly options: readonly string[] }
  | { readonly reason: 'not-known'; readonly what: ListKind }
  | { readonly reason: 'date-out-of-range'; readonly from: string; readonly to: string }
  | { readonly reason: 'not-a-slide'; readonly max: number }
  | { readonly reason: 'not-a-story' }

/** What a link asked for that was not used as asked: data, worded by the interface. */
export type LinkNotice =
  | { readonly kind: 'ignored'; readonly key: string; readonly value: string; readonly why: IgnoredBecause }
  | { readonly kind: 'shortened'; readonly key: 'q'; readonly value: string; readonly limit: number }
  | { readonly kind: 'more'; readonly count: number }

export interface DecodedView {
  readonly view: View
  /** One per ignored key or value, for a small notice on screen. */
  readonly notices: readonly LinkNotice[]
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/
const MAX_Q = 200
const MAX_SLIDE = 99
/** Dates a link may set: the tracker's story starts after 1991, and a later date is a typo or a probe. */
const FIRST_DATE = '1991-01-01'
const LAST_DATE = '2100-12-31'
/** A hostile link can carry thousands of bad values; past this many the notice sums the rest up. */
const MAX_NOTICES = 10
const MAX_SHOWN = 40

const shorten = (text: string) => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text)

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value)

/** What reading one key's value may use: the dataset's ids, and where to report what it could not use. */
interface Reader {
  readonly known: KnownIds | undefined
  readonly ignore: (value: string, why: IgnoredBecause) => void
  readonly shortened: (value: string, limit: number) => void
}

/**
 * How one view field is written in the link. `read` gets the key's first value when the key is present, and returns
 * undefined for the default; an absent key, and a field whose `write` equals the default's, mean the default.
 */
interface KeySpec<T> {
  readonly key: string
  readonly write: (value: T) => string
  readonly read: (value: string, reader: Reader) => T | undefined
}

const oneOf = <T extends string>(key: string, values: readonly T[]): KeySpec<T> => ({
  key,
  write: (value) => value,
  read: (value, { ignore }) => {
    if (isOneOf(values, value)) return value
    ignore(value, { reason: 'not-one-of', options: values })
    return undefined
  },
})

const isKnownId = (value: string, ids: ReadonlySet<string> | undefined) =>
  ID_PATTERN.test(value) && (ids === undefined || ids.has(value))

const list = <T extends string>(
  key: string,
  what: ListKind,
  accept: (value: string, known: KnownIds | undefined) => value is T,
): KeySpec<readonly T[]> => ({
  key,
  write: (values) => values.join(','),
  read: (raw, { known, ignore }) => {
    const accepted: T[] = []
    for (const value of raw.split(',')) {
      if (value === '') continue
      if (accept(value, known)) {
        if (!accepted.includes(value)) accepted.push(value)
      } else ignore(value, { reason: 'not-known', what })
    }
    return accepted
  },
})

const date = (key: string): KeySpec<IsoDate | null> => ({
  key,
  write: (value) => value ?? '',
  read: (value, { ignore }) => {
    if (value === '') return null
    if (!isIsoDate(value)) ignore(value, { reason: 'not-a-date' })
    else if (value < FIRST_DATE || value > LAST_DATE)
      ignore(value, { reason: 'date-out-of-range', from: FIRST_DATE, to: LAST_DATE })
    else return value
    return null
  },
})

const id = (
  key: string,
  idsOf: (known: KnownIds) => ReadonlySet<string>,
  reason: 'no-such-item' | 'no-such-deadline',
): KeySpec<string | null> => ({
  key,
  write: (value) => value ?? '',
  read: (value, { known, ignore }) => {
    if (isKnownId(value, known && idsOf(known))) return value
    if (value !== '') ignore(value, { reason })
    return null
  },
})

const encodeSort = (sort: Sort) => `${sort.descending ? '-' : ''}${sort.field}`

/**
 * Every view field's key, in the order a link writes them. A new choice in View fails the type check until it has a
 * line here; a new value of a closed vocabulary (a view name, a theme) needs none.
 */
const KEY_SPECS: { readonly [F in keyof View]: KeySpec<View[F]> } = {
  view: oneOf('view', VIEW_NAMES),
  set: oneOf('set', ITEM_SETS),
  topics: list('topic', 'topic', (value, known): value is string => isKnownId(value, known?.topics)),
  statuses: list('status', 'status', (value): value is Status => isOneOf(STATUSES, value)),
  actors: list('actor', 'actor', (value, known): value is string => isKnownId(value, known?.actors)),
  outcomes: list('outcome', 'outcome', (value): value is DeadlineStatus => isOneOf(DEADLINE_STATES, value)),
  q: {
    key: 'q',
    write: (q) => q,
    read: (q, { shortened }) => {
      if (q.length <= MAX_Q) return q
      shortened(q, MAX_Q)
      return q.slice(0, MAX_Q)
    },
  },
  asOf: date('asOf'),
  compare: date('compare'),
  item: id('item', (known) => known.items, 'no-such-item'),
  deadline: id('deadline', (known) => known.targets, 'no-such-deadline'),
  // An event id that is not in the data highlights nothing, so any well-formed one is kept.
  event: {
    key: 'event',
    write: (value) => value ?? '',
    read: (value, { ignore }) => {
      if (ID_PATTERN.test(value)) return value
      if (value !== '') ignore(value, { reason: 'not-known', what: 'event' })
      return null
    },
  },
  eventKinds: list('kind', 'kind', (value): value is EventKind => isOneOf(EVENT_KINDS, value)),
  layout: oneOf('layout', LAYOUTS),
  sort: {
    key: 'sort',
    write: encodeSort,
    read: (value, { ignore }) => {
      const descending = value.startsWith('-')
      const field = descending ? value.slice(1) : value
      if (isOneOf(SORT_FIELDS, field)) return { field, descending }
      ignore(value, { reason: 'not-a-sort', options: SORT_FIELDS })
      return undefined
    },
  },
  slide: {
    key: 'slide',
    write: String,
    read: (value, { ignore }) => {
      const number = /^\d{1,2}$/.test(value) ? Number(value) : NaN
      if (number >= 1 && number <= MAX_SLIDE) return number
      ignore(value, { reason: 'not-a-slide', max: MAX_SLIDE })
      return undefined
    },
  },
  // A flag: present as 1, absent otherwise; any other value is a typo, reported and ignored.
  presenter: {
    key: 'presenter',
    write: (on) => (on ? '1' : ''),
    read: (value, { ignore }) => {
      if (value === '1') return true
      ignore(value, { reason: 'not-one-of', options: ['1'] })
      return undefined
    },
  },
  // The story the deck plays: the browser's own ("mine"), or a shared one held whole in the link (story-link.ts).
  story: {
    key: 'story',
    write: (value) => value ?? '',
    read: (value, { ignore }) => {
      if (value === MY_STORY || decodeStory(value, 'shared') !== null) return value
      if (value !== '') ignore(value, { reason: 'not-a-story' })
      return null
    },
  },
  theme: oneOf('theme', THEMES),
  lang: oneOf('lang', LANGS),
  embed: {
    key: 'embed',
    write: (value) => value ?? '',
    read: (value, reader) => (value === '' ? null : oneOf('embed', EMBED_TARGETS).read(value, reader)),
  },
}

const FIELDS = Object.keys(KEY_SPECS) as readonly (keyof View)[]
const VERSION_KEY = 'v'
const KEYS: readonly string[] = [VERSION_KEY, ...FIELDS.map((field) => KEY_SPECS[field].key)]

function writeField<F extends keyof View>(params: URLSearchParams, view: View, field: F) {
  const spec: KeySpec<View[F]> = KEY_SPECS[field]
  const value = spec.write(view[field])
  if (value !== spec.write(initialView[field])) params.set(spec.key, value)
}

export function viewToParams(view: View): URLSearchParams {
  const params = new URLSearchParams()
  for (const field of FIELDS) writeField(params, view, field)
  if ([...params.keys()].length > 0) params.set(VERSION_KEY, CODEC_VERSION)
  return params
}

function readField<F extends keyof View>(params: URLSearchParams, field: F, reader: (key: string) => Reader): View[F] {
  const spec: KeySpec<View[F]> = KEY_SPECS[field]
  const value = params.get(spec.key)
  return (value === null ? undefined : spec.read(value, reader(spec.key))) ?? initialView[field]
}

export function paramsToView(params: URLSearchParams, known?: KnownIds): DecodedView {
  const notices: LinkNotice[] = []
  // A value repeated in one list (topic=bad,bad) is reported once.
  const note = (notice: LinkNotice) => {
    if (!notices.some((known) => JSON.stringify(known) === JSON.stringify(notice))) notices.push(notice)
  }
  const ignore = (key: string, value: string, why: IgnoredBecause) =>
    note({ kind: 'ignored', key: shorten(key), value: shorten(value), why })
  const reader = (key: string): Reader => ({
    known,
    ignore: (value, why) => ignore(key, value, why),
    shortened: (value, limit) => note({ kind: 'shortened', key: 'q', value: shorten(value), limit }),
  })

  for (const key of new Set(params.keys())) {
    if (!KEYS.includes(key)) ignore(key, params.get(key) ?? '', { reason: 'unknown-setting' })
    else for (const extra of params.getAll(key).slice(1)) ignore(key, extra, { reason: 'repeated' })
  }
  const version = params.get(VERSION_KEY)
  if (version !== null && version !== CODEC_VERSION) ignore(VERSION_KEY, version, { reason: 'unknown-version' })

  const view = Object.fromEntries(FIELDS.map((field) => [field, readField(params, field, reader)])) as unknown as View
  if (notices.length <= MAX_NOTICES) return { view, notices }
  return {
    view,
    notices: [...notices.slice(0, MAX_NOTICES), { kind: 'more', count: notices.length - MAX_NOTICES }],
  }
}
