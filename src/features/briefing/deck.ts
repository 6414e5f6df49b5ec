// The briefing deck as data: which slides there are for the current view, in order, and which sources each one
// cites. Slides draw their figures from the same selectors as the other views; this file only decides the
// running order, so it is a pure function of what those selectors return.
import { withEmptyReason, type Changes, type MoveKind, type StatusMove } from '../../domain/changes'
import type { GanttData, GanttGroup, GanttRow } from '../../domain/chart-series'
import { outcomeSources } from '../../domain/deadlines'
import type { ItemFacts } from '../../domain/filters'
import { positionsBySide } from '../../domain/item-detail'
import { statusAsOf } from '../../domain/items'
import { reportedVsKnown, type ReportedVsKnown } from '../../domain/reported-vs-known'
import { sourcesAsOf } from '../../domain/sources'
import type { StoryStep } from '../../domain/story'
import type { CountClaim, IsoDate, Item, ItemSet, Position, Side, Source } from '../../domain/types'
import type { Status } from '../../domain/vocabulary'
import type { LocalizedText } from '../../i18n/localized-text'

/** Steps per "story in numbers" slide: four figures still read from the back of a room. */
export const STORY_PER_SLIDE = 4
export const SOURCES_PER_SLIDE = 12
/** Deadline rows per slide: the bars, titles and each deadline's reported steps stay legible on a projector. */
export const DEADLINES_PER_SLIDE = 4
/** More disputed items than this are left to the board; the last disputed slide says how many. */
export const MAX_DISPUTED_SLIDES = 6
/** The URL codec accepts slide numbers up to 99. */
export const MAX_SLIDES = 99

export interface DisputedItem {
  readonly item: Item
  readonly status: Status | null
  readonly sides: Readonly<Record<Side, readonly Position[]>>
}

export interface MoveGroup {
  readonly kind: MoveKind
  readonly from: Status | null
  readonly to: Status
  readonly items: readonly Item[]
}

export interface NumberedSource {
  readonly number: number
  /** The source, or its id when the data does not resolve it. */
  readonly source: Source | string
}

interface SlideBase {
  /** Stable across renders; names the slide to React. */
  readonly id: string
  readonly sourceIds: readonly string[]
  /** The one line the slide says, under its title; null where the slide only shows (title, sources). */
  readonly takeaway: LocalizedText | null
  /** What the presenter says, for a presenter window and an exported deck; never drawn on the slide. */
  readonly notes: LocalizedText | null
}

export type Slide =
  | (SlideBase & { readonly kind: 'title' })
  | (SlideBase & {
      readonly kind: 'story'
      readonly steps: readonly StoryStep[]
      readonly part: number
      readonly parts: number
    })
  | (SlideBase & {
      readonly kind: 'status'
      /** Reported totals that the items' own statuses on the date do not add up to, each beside the item count. */
      readonly reported: readonly ReportedVsKnown[]
    })
  | (SlideBase & {
      readonly kind: 'deadlines'
      readonly gantt: GanttData
      readonly part: number
      readonly parts: number
    })
  | (SlideBase & {
      readonly kind: 'changes'
      readonly compare: IsoDate
      readonly changes: Changes
      readonly moves: readonly MoveGroup[]
      /** Changes in what is known (newly listed, no longer or again reported), apart from status changes. */
      readonly knowledge: readonly MoveGroup[]
    })
  | (SlideBase & { readonly kind: 'disputed'; readonly disputed: DisputedItem; readonly notShown: number })
  | (SlideBase & {
      readonly kind: 'sources'
      readonly entries: readonly NumberedSource[]
      /** On the last sources slide: cited sources published after the date, left out. */
      readonly later: number
      readonly part: number
      readonly parts: number
    })

export interface DeckInput {
  /** The date the deck speaks for: nothing dated later is shown or cited. */
  readonly asOf: IsoDate
  /** buildStory(dataset, asOf). */
  readonly story: readonly StoryStep[]
  readonly statusSourceIds: readonly string[]
  readonly reported: readonly ReportedVsKnown[]
  readonly gantt: GanttData
  readonly compare: IsoDate | null
  /** Changes already narrowed to the shown items (changesForItems). */
  readonly changes: Changes | null
  readonly disputed: readonly DisputedItem[]
  readonly sourcesById: ReadonlyMap<string, Source>
}

const unique = (ids: Iterable<string>): readonly string[] => [...new Set(ids)]

/** Conflicting claims get a slide of their own, side by side; other figures go four to a slide between them. */
export function storyChunks(steps: readonly StoryStep[]): readonly (readonly StoryStep[])[] {
  const chunks: StoryStep[][] = []
  let open: StoryStep[] = []
  const close = () => {
    if (open.length > 0) chunks.push(open)
    open = []
  }
  for (const step of steps) {
    if (step.kind === 'conflict') {
      close()
      chunks.push([step])
    } else {
      if (open.length === STORY_PER_SLIDE) close()
      open.push(step)
    }
  }
  close()
  return chunks
}

/** At most `size` per chunk, spread evenly (14 sources at 12 a slide make 7 + 7, not 12 + 2). */
function chunk<T>(values: readonly T[], size: number): readonly (readonly T[])[] {
  const even = Math.ceil(values.length / Math.ceil(values.length / size))
  const chunks: T[][] = []
  for (let index = 0; index < values.length; index += even) chunks.push(values.slice(index, index + even))
  return chunks
}

export function storySourceIds(step: StoryStep): readonly string[] {
  switch (step.kind) {
    case 'count':
    case 'conflict':
      return unique(step.claims.flatMap((claim) => claim.sources))
    case 'outcome':
      return outcomeSources(step.target, step.state)
    case 'event':
      return step.event.sources
  }
}

/** Items on the board whose sides' positions were on record by `asOf`, each side's in date order. */
export function disputedItems(rows: readonly ItemFacts[], asOf: IsoDate): readonly DisputedItem[] {
  return rows.flatMap(({ item, status }) => {
    const sides = positionsBySide(item.positions, asOf)
    return sides.RU.length + sides.BY.length > 0 ? [{ item, status, sides }] : []
  })
}

/**
 * Reported totals for the whole set beside its items' own statuses on the date: the totals concern the whole
 * programme, so the filters do not narrow them.
 */
export function setReportedVsKnown(
  items: readonly Item[],
  counts: readonly CountClaim[],
  set: ItemSet,
  asOf: IsoDate,
): readonly ReportedVsKnown[] {
  const statuses = items.filter((item) => item.set === set).map((item) => statusAsOf(item, asOf)?.status ?? null)
  return reportedVsKnown(statuses, counts, set, asOf)
}

/** The change list for the shown items only; deadlines and reported totals concern the whole programme. */
export function changesForItems(changes: Changes, rows: readonly ItemFacts[]): Changes {
  const shown = new Set(rows.map((row) => row.item.id))
  return withEmptyReason({
    ...changes,
    statusMoves: changes.statusMoves.filter((move) => shown.has(move.item.id)),
    knowledgeMoves: changes.knowledgeMoves.filter((move) => shown.has(move.item.id)),
  })
}

/** "RM02, RM05": items named by id where a slide lists many. */
export function itemIds(items: readonly Item[]): string {
  return items.map((item) => item.id).join(', ')
}

/** "Open → Agreed: RM02, RM05": one line per kind of move, in first-seen order. */
export function groupMoves(moves: readonly StatusMove[]): readonly MoveGroup[] {
  const groups = new Map<string, { kind: MoveKind; from: Status | null; to: Status; items: Item[] }>()
  for (const move of moves) {
    const key = `${move.from ?? ''}>${move.to}`
    const group = groups.get(key) ?? { kind: move.kind, from: move.from, to: move.to, items: [] }
    group.items.push(move.item)
    groups.set(key, group)
  }
  return [...groups.values()]
}

export function changesSourceIds(changes: Changes): readonly string[] {
  return unique([
    ...[...changes.statusMoves, ...changes.knowledgeMoves].flatMap((move) => move.change.sources),
    ...changes.fellDue.flatMap(({ target, state }) => outcomeSources(target, state)),
    ...changes.countDeltas.flatMap((delta) => delta.after.flatMap((claim) => claim.sources)),
  ])
}

function disputedSourceIds(disputed: DisputedItem): readonly string[] {
  return unique([...disputed.sides.RU, ...disputed.sides.BY].flatMap((position) => position.sources))
}

export interface NumberedSources {
  readonly sources: readonly NumberedSource[]
  /** Sources the slides' records cite that were published after the date: counted, never listed. */
  readonly later: number
}

/** Every source the slides cite that was out by `asOf`, numbered in order of first citation. */
export function numberSources(
  slides: readonly Pick<SlideBase, 'id' | 'sourceIds'>[],
  sourcesById: ReadonlyMap<string, Source>,
  asOf: IsoDate,
): NumberedSources {
  const { shown, later } = sourcesAsOf(unique(slides.flatMap((slide) => slide.sourceIds)), sourcesById, asOf)
  return { sources: shown.map((source, index) => ({ number: index + 1, source })), later }
}

export interface Deck {
  readonly slides: readonly Slide[]
  /** Every cited source with its number, as the sources slides list them. */
  readonly sources: readonly NumberedSource[]
}

/** A deadline chart's rows in chart order, whatever their topic. */
export function ganttRowsOf(gantt: GanttData): readonly GanttRow[] {
  return gantt.groups.flatMap((group) => group.rows)
}

/** The rows whose state says more than the bar's badge: overdue (by how long), or with reported steps. */
export function rowsWithSteps(gantt: GanttData): readonly GanttRow[] {
  return ganttRowsOf(gantt).filter((row) => row.state.daysOverdue !== null || row.state.chain.length > 0)
}

/** The sources behind deadline bars: each target's and every outcome report known on the date. */
export function ganttSourceIds(gantt: GanttData): readonly string[] {
  return unique(
    ganttRowsOf(gantt).flatMap((row) => [
      ...row.target.sources,
      ...row.state.chain.flatMap((record) => record.sources),
    ]),
  )
}

/**
 * The deadline chart cut into evenly filled pages of at most `perPage` rows on the same time axis; a topic that does not fit
 * continues on the next page under its heading. An empty chart stays one page, to say why it is empty.
 */
export function paginateGantt(gantt: GanttData, perPage: number): readonly GanttData[] {
  if (gantt.emptyReason) return [gantt]
  const rowCount = gantt.groups.reduce((sum, group) => sum + group.rows.length, 0)
  const even = Math.ceil(rowCount / Math.ceil(rowCount / perPage))
  const pages: GanttGroup[][] = [[]]
  let room = even
  for (const group of gantt.groups) {
    let rows = group.rows
    while (rows.length > 0) {
      if (room === 0) {
        pages.push([])
        room = even
      }
      pages[pages.length - 1]?.push({ topicId: group.topicId, rows: rows.slice(0, room) })
      const taken = Math.min(room, rows.length)
      rows = rows.slice(taken)
      room -= taken
    }
  }
  return pages.map((groups) => ({ groups, range: gantt.range, emptyReason: null }))
}

export function sourceNumbers(sources: readonly NumberedSource[]): ReadonlyMap<string, NumberedSource> {
  return new Map(sources.map((entry) => [typeof entry.source === 'string' ? entry.source : entry.source.id, entry]))
}

/** A slide's sources as printed footnotes: deck-wide numbers, in number order. */
export function footnotesOf(
  sourceIds: readonly string[],
  numbers: ReadonlyMap<string, NumberedSource>,
): readonly NumberedSource[] {
  return sourceIds
    .flatMap((id) => {
      const entry = numbers.get(id)
      return entry ? [entry] : []
    })
    .sort((a, b) => a.number - b.number)
}

export function buildDeck(input: DeckInput): Deck {
  const slides: Slide[] = [{ kind: 'title', id: 'title', sourceIds: [], takeaway: null, notes: null }]
  const storyParts = storyChunks(input.story)
  storyParts.forEach((steps, index) =>
    slides.push({
      kind: 'story',
      takeaway: null,
      notes: null,
      id: `story-${index + 1}`,
      steps,
      part: index + 1,
      parts: storyParts.length,
      sourceIds: unique(steps.flatMap(storySourceIds)),
    }),
  )
  slides.push({
    kind: 'status',
    takeaway: null,
    notes: null,
    id: 'status',
    reported: input.reported,
    sourceIds: unique([
      ...input.statusSourceIds,
      ...input.reported.flatMap((entry) => entry.claims.flatMap((claim) => claim.sources)),
    ]),
  })
  const ganttPages = paginateGantt(input.gantt, DEADLINES_PER_SLIDE)
  ganttPages.forEach((gantt, index) =>
    slides.push({
      kind: 'deadlines',
      takeaway: null,
      notes: null,
      id: `deadlines-${index + 1}`,
      gantt,
      part: index + 1,
      parts: ganttPages.length,
      sourceIds: ganttSourceIds(gantt),
    }),
  )
  // Only a comparison with an earlier date: one with a later date would tell what had not happened yet.
  if (input.compare !== null && input.compare < input.asOf && input.changes !== null) {
    slides.push({
      kind: 'changes',
      takeaway: null,
      notes: null,
      id: 'changes',
      compare: input.compare,
      changes: input.changes,
      moves: groupMoves(input.changes.statusMoves),
      knowledge: groupMoves(input.changes.knowledgeMoves),
      sourceIds: changesSourceIds(input.changes),
    })
  }
  const shown = input.disputed.slice(0, MAX_DISPUTED_SLIDES)
  shown.forEach((disputed, index) =>
    slides.push({
      kind: 'disputed',
      takeaway: null,
      notes: null,
      id: `disputed-${disputed.item.id}`,
      disputed,
      notShown: index === shown.length - 1 ? input.disputed.length - shown.length : 0,
      sourceIds: disputedSourceIds(disputed),
    }),
  )
  const { sources, later } = numberSources(slides, input.sourcesById, input.asOf)
  const room = MAX_SLIDES - slides.length
  const perSlide = Math.max(SOURCES_PER_SLIDE, Math.ceil(sources.length / room))
  const sourceParts = chunk(sources, perSlide)
  sourceParts.forEach((entries, index) =>
    slides.push({
      kind: 'sources',
      takeaway: null,
      notes: null,
      id: `sources-${index + 1}`,
      entries,
      later: index === sourceParts.length - 1 ? later : 0,
      part: index + 1,
      parts: sourceParts.length,
      sourceIds: [],
    }),
  )
  return { slides, sources }
}

/** The slide a link asks for, kept within the deck (a link to slide 12 of a deck that is now 9 long opens 9). */
export function clampSlide(slide: number, count: number): number {
  return Math.min(Math.max(1, slide), Math.max(1, count))
}
