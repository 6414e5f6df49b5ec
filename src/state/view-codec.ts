// The URL is the view. Two pure functions map between them; keys are a contract shared with links people
// have already copied, so they never change meaning. The default view is the empty query string.
import { isIsoDate } from '../domain/dates'
import { DEADLINE_STATES, STATUSES, type DeadlineStatus, type Status } from '../domain/vocabulary'
import { initialView, LAYOUTS, SORT_FIELDS, THEMES, VIEW_NAMES, type Sort, type View } from './view'
import { LANGS } from '../i18n/lang'

export const CODEC_VERSION = '1'

/** Ids the dataset knows; values outside them are dropped with a notice. Absent: any well-formed id passes. */
export interface KnownIds {
  readonly topics: ReadonlySet<string>
  readonly actors: ReadonlySet<string>
  readonly items: ReadonlySet<string>
  readonly targets: ReadonlySet<string>
}

type ListKind = 'topic' | 'status' | 'actor' | 'outcome' | 'event'

/** Why a value in a link was not used; the interface words it in the reader's language (link-notice-text.ts). */
export type IgnoredBecause =
  | { readonly reason: 'unknown-setting' | 'repeated' | 'unknown-version' | 'not-a-date' }
  | { readonly reason: 'no-such-item' | 'no-such-deadline' }
  | { readonly reason: 'not-one-of' | 'not-a-sort'; readonly options: readonly string[] }
  | { readonly reason: 'not-known'; readonly what: ListKind }
  | { readonly reason: 'date-out-of-range'; readonly from: string; readonly to: string }
  | { readonly reason: 'not-a-slide'; readonly max: number }

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

const KEYS = [
  'v',
  'view',
  'set',
  'topic',
  'status',
  'actor',
  'outcome',
  'q',
  'asOf',
  'compare',
  'item',
  'deadline',
  'event',
  'layout',
  'sort',
  'slide',
  'theme',
  'lang',
] as const
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

function encodeSort(sort: Sort): string {
  return `${sort.descending ? '-' : ''}${sort.field}`
}

export function viewToParams(view: View): URLSearchParams {
  const params = new URLSearchParams()
  const put = (key: string, value: string, fallback: string) => {
    if (value !== fallback) params.set(key, value)
  }
  put('view', view.view, initialView.view)
  put('set', view.set, initialView.set)
  put('topic', view.topics.join(','), '')
  put('status', view.statuses.join(','), '')
  put('actor', view.actors.join(','), '')
  put('outcome', view.outcomes.join(','), '')
  put('q', view.q, '')
  put('asOf', view.asOf ?? '', '')
  put('compare', view.compare ?? '', '')
  put('item', view.item ?? '', '')
  put('deadline', view.deadline ?? '', '')
  put('event', view.event ?? '', '')
  put('layout', view.layout, initialView.layout)
  put('sort', encodeSort(view.sort), encodeSort(initialView.sort))
  put('slide', String(view.slide), String(initialView.slide))
  put('theme', view.theme, initialView.theme)
  put('lang', view.lang, initialView.lang)
  if ([...params.keys()].length > 0) params.set('v', CODEC_VERSION)
  return params
}

export function paramsToView(params: URLSearchParams, known?: KnownIds): DecodedView {
  const notices: LinkNotice[] = []
  // A value repeated in one list (topic=bad,bad) is reported once.
  const note = (notice: LinkNotice) => {
    if (!notices.some((known) => JSON.stringify(known) === JSON.stringify(notice))) notices.push(notice)
  }
  const ignore = (key: string, value: string, why: IgnoredBecause) =>
    note({ kind: 'ignored', key: shorten(key), value: shorten(value), why })

  for (const key of new Set(params.keys())) {
    if (!isOneOf(KEYS, key)) ignore(key, params.get(key) ?? '', { reason: 'unknown-setting' })
    else for (const extra of params.getAll(key).slice(1)) ignore(key, extra, { reason: 'repeated' })
  }
  const version = params.get('v')
  if (version !== null && version !== CODEC_VERSION) ignore('v', version, { reason: 'unknown-version' })

  function pick<T extends string>(key: string, values: readonly T[], fallback: T): T {
    const value = params.get(key)
    if (value === null) return fallback
    if (isOneOf(values, value)) return value
    ignore(key, value, { reason: 'not-one-of', options: values })
    return fallback
  }

  function list<T extends string>(key: string, accept: (value: string) => value is T, what: ListKind): T[] {
    const raw = params.get(key)
    if (raw === null || raw === '') return []
    const accepted: T[] = []
    for (const value of raw.split(',')) {
      if (value === '') continue
      if (accept(value)) {
        if (!accepted.includes(value)) accepted.push(value)
      } else ignore(key, value, { reason: 'not-known', what })
    }
    return accepted
  }

  const knownIn =
    (set: ReadonlySet<string> | undefined) =>
    (value: string): value is string =>
      ID_PATTERN.test(value) && (set === undefined || set.has(value))

  function date(key: string): string | null {
    const value = params.get(key)
    if (value === null || value === '') return null
    if (!isIsoDate(value)) ignore(key, value, { reason: 'not-a-date' })
    else if (value < FIRST_DATE || value > LAST_DATE)
      ignore(key, value, { reason: 'date-out-of-range', from: FIRST_DATE, to: LAST_DATE })
    else return value
    return null
  }

  function sort(): Sort {
    const value = params.get('sort')
    if (value === null) return initialView.sort
    const descending = value.startsWith('-')
    const field = descending ? value.slice(1) : value
    if (isOneOf(SORT_FIELDS, field)) return { field, descending }
    ignore('sort', value, { reason: 'not-a-sort', options: SORT_FIELDS })
    return initialView.sort
  }

  function slide(): number {
    const value = params.get('slide')
    if (value === null) return initialView.slide
    const number = /^\d{1,2}$/.test(value) ? Number(value) : NaN
    if (number >= 1 && number <= MAX_SLIDE) return number
    ignore('slide', value, { reason: 'not-a-slide', max: MAX_SLIDE })
    return initialView.slide
  }

  function query(): string {
    const value = params.get('q') ?? ''
    if (value.length <= MAX_Q) return value
    note({ kind: 'shortened', key: 'q', value: shorten(value), limit: MAX_Q })
    return value.slice(0, MAX_Q)
  }

  const item = params.get('item')
  const itemIsKnown = item !== null && knownIn(known?.items)(item)
  if (item !== null && item !== '' && !itemIsKnown) ignore('item', item, { reason: 'no-such-item' })
  const deadline = params.get('deadline')
  const deadlineIsKnown = deadline !== null && knownIn(known?.targets)(deadline)
  if (deadline !== null && deadline !== '' && !deadlineIsKnown)
    ignore('deadline', deadline, { reason: 'no-such-deadline' })

  // An event id that is not in the data highlights nothing, so any well-formed one is kept.
  const event = params.get('event')
  if (event !== null && event !== '' && !ID_PATTERN.test(event))
    ignore('event', event, { reason: 'not-known', what: 'event' })

  const view: View = {
    view: pick('view', VIEW_NAMES, initialView.view),
    set: pick('set', ['roadmaps', 'programmes'] as const, initialView.set),
    topics: list('topic', knownIn(known?.topics), 'topic'),
    statuses: list('status', (value): value is Status => isOneOf(STATUSES, value), 'status'),
    actors: list('actor', knownIn(known?.actors), 'actor'),
    outcomes: list('outcome', (value): value is DeadlineStatus => isOneOf(DEADLINE_STATES, value), 'outcome'),
    q: query(),
    asOf: date('asOf'),
    compare: date('compare'),
    item: itemIsKnown ? item : null,
    deadline: deadlineIsKnown ? deadline : null,
    event: event !== null && ID_PATTERN.test(event) ? event : null,
    layout: pick('layout', LAYOUTS, initialView.layout),
    sort: sort(),
    slide: slide(),
    theme: pick('theme', THEMES, initialView.theme),
    lang: pick('lang', LANGS, initialView.lang),
  }
  if (notices.length <= MAX_NOTICES) return { view, notices }
  return {
    view,
    notices: [...notices.slice(0, MAX_NOTICES), { kind: 'more', count: notices.length - MAX_NOTICES }],
  }
}
