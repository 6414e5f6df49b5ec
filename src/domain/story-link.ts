// A user's story as one URL value: compact JSON in base64url, so a shared link carries the whole story and needs
// no server. Reading is strict: anything that is not a well-formed story is refused, never half-read.
import { isIsoDate } from './dates'
import { STEP_VISUALS, type Story, type StoryStep, type StepVisual } from './story-mode'
import { ITEM_SETS, type ItemSet } from './types'
import { DEADLINE_STATES, STATUSES, type DeadlineStatus, type Status } from './vocabulary'
import { LANGS, type Lang } from '../i18n/lang'
import { ownText } from './story-mode'

/**
 * Longest value a link carries: links this long still pass through mail clients, chat apps and servers' request
 * limits (most allow 8 kB for the whole request line).
 */
export const MAX_STORY_LINK = 6000
const FORMAT = 1
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/
const MAX_TEXT = 2000

/** One step, short keys: w visual, d date, c compare, f filters, i items, k takeaway, n notes, r sources, h hidden. */
interface PackedStep {
  readonly w: StepVisual
  readonly d: string
  readonly c?: string
  readonly f: {
    readonly s: ItemSet
    readonly t?: readonly string[]
    readonly st?: readonly Status[]
    readonly a?: readonly string[]
    readonly o?: readonly DeadlineStatus[]
    readonly q?: string
  }
  readonly i?: readonly string[]
  readonly k: string
  readonly n: string
  readonly r?: readonly string[]
  readonly h?: 1
}

interface PackedStory {
  readonly v: number
  readonly l: Lang
  readonly t: string
  readonly s: readonly PackedStep[]
}

const nonEmpty = <T>(values: readonly T[]) => (values.length > 0 ? values : undefined)

function packStep(step: StoryStep, lang: Lang): PackedStep {
  const { view } = step
  const { filters } = view
  return {
    w: view.visual,
    d: view.asOf,
    ...(view.compare ? { c: view.compare } : {}),
    f: {
      s: filters.set,
      t: nonEmpty(filters.topics),
      st: nonEmpty(filters.statuses),
      a: nonEmpty(filters.actors),
      o: nonEmpty(filters.outcomes),
      q: filters.q === '' ? undefined : filters.q,
    },
    i: nonEmpty(view.items),
    k: step.takeaway[lang] ?? step.takeaway.en,
    n: step.notes[lang] ?? step.notes.en,
    r: nonEmpty(step.sources),
    ...(step.hidden ? { h: 1 as const } : {}),
  }
}

function toBase64Url(text: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(value: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(value)) return null
  try {
    const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'))
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)))
  } catch {
    return null
  }
}

export type StoryLink =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly length: number; readonly limit: number }

/**
 * The story as a link value, or how long it would be when it is too long for one. The browser keeps a user's story
 * in the same form with no limit (a story too long to share is still the user's).
 */
export function encodeStory(story: Story, limit = MAX_STORY_LINK): StoryLink {
  const lang = story.writtenIn ?? 'en'
  const packed: PackedStory = {
    v: FORMAT,
    l: lang,
    t: story.title[lang] ?? story.title.en,
    s: story.steps.map((step) => packStep(step, lang)),
  }
  const value = toBase64Url(JSON.stringify(packed))
  return value.length <= limit ? { ok: true, value } : { ok: false, length: value.length, limit }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT
const isDate = (value: unknown): value is string => typeof value === 'string' && isIsoDate(value)
const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value)

/** An optional list whose every entry passes `accept`; undefined when it is malformed. */
function listOf<T extends string>(value: unknown, accept: (entry: unknown) => entry is T): readonly T[] | undefined {
  if (value === undefined) return []
  if (!Array.isArray(value) || value.length > 200) return undefined
  return value.every(accept) ? value : undefined
}
const isId = (value: unknown): value is string => typeof value === 'string' && ID_PATTERN.test(value)

function unpackStep(value: unknown): StoryStep | null {
  if (!isRecord(value) || !isRecord(value.f)) return null
  const { f } = value
  const topics = listOf(f.t, isId)
  const statuses = listOf(f.st, (entry): entry is Status => isOneOf(STATUSES, entry))
  const actors = listOf(f.a, isId)
  const outcomes = listOf(f.o, (entry): entry is DeadlineStatus => isOneOf(DEADLINE_STATES, entry))
  const items = listOf(value.i, isId)
  const sources = listOf(value.r, isId)
  const q = f.q ?? ''
  const compare = value.c ?? null
  if (!isOneOf(STEP_VISUALS, value.w) || !isDate(value.d) || !isOneOf(ITEM_SETS, f.s)) return null
  if (!topics || !statuses || !actors || !outcomes || !items || !sources) return null
  if (!isText(q) || !isText(value.k) || !isText(value.n) || (compare !== null && !isDate(compare))) return null
  return {
    view: {
      visual: value.w,
      asOf: value.d,
      compare,
      filters: { set: f.s, topics, statuses, actors, outcomes, q },
      items,
    },
    takeaway: ownText(value.k),
    notes: ownText(value.n),
    sources,
    hidden: value.h === 1,
  }
}

/** The story a link value holds, or null when it holds none (garbled, cut short, or from an unknown format). */
export function decodeStory(value: string, id: string, limit = MAX_STORY_LINK): Story | null {
  if (value.length > limit) return null
  const json = fromBase64Url(value)
  if (json === null) return null
  let packed: unknown
  try {
    packed = JSON.parse(json)
  } catch {
    return null
  }
  if (!isRecord(packed) || packed.v !== FORMAT || !isOneOf(LANGS, packed.l) || !isText(packed.t)) return null
  if (!Array.isArray(packed.s) || packed.s.length > 99) return null
  const steps = packed.s.map(unpackStep)
  if (steps.some((step) => step === null)) return null
  return { id, title: ownText(packed.t), writtenIn: packed.l, steps: steps.filter((step) => step !== null) }
}
