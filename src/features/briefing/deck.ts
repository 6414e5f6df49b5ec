// The briefing deck as data: a story played as slides. Each shown step is one slide drawn from the same selectors
// as the views, at the step's date and filters, with its takeaway and speaker notes; a title slide comes first and
// the numbered sources last. A slide holds what fits one page: a long deadline chart or source list continues on
// slides of its own. A plain structure, so a presenter window and a PowerPoint export read it too.
import { groupByStatus } from '../../domain/aggregate'
import { changesBetween, withEmptyReason, type Changes, type MoveKind, type StatusMove } from '../../domain/changes'
import {
  statusSourceIds,
  toGanttRows,
  toStatusSeries,
  type GanttData,
  type GanttGroup,
  type GanttRow,
  type StatusSeries,
} from '../../domain/chart-series'
import { outcomeSources } from '../../domain/deadlines'
import { factsAsOf, filterFacts, type ItemFacts } from '../../domain/filters'
import { positionsBySide } from '../../domain/item-detail'
import { statusAsOf } from '../../domain/items'
import { progressYears, toProgressSeries, type ProgressData } from '../../domain/progress-series'
import { PROGRESS_SPECS } from '../../domain/progress-specs'
import { reportedVsKnown, type ReportedVsKnown } from '../../domain/reported-vs-known'
import { buildSearchIndex, type SearchIndex } from '../../domain/search'
import { sourcesAsOf } from '../../domain/sources'
import { playableStep, shownSteps, type StepView, type Story, type StoryStep } from '../../domain/story-mode'
import type { CountClaim, Dataset, IsoDate, Item, ItemSet, Position, Side, Source } from '../../domain/types'
import type { Status } from '../../domain/vocabulary'
import type { LocalizedText } from '../../i18n/localized-text'

/** The URL codec accepts slide numbers up to 99. */
export const MAX_SLIDES = 99

/** The most sources one sources slide lists (in columns, each in full); more continue on the next slide. */
export const SOURCES_PER_SLIDE = 27

/**
 * What one deadlines slide holds, in lines: a topic's heading takes one, a deadline's bar two (its title and
 * badge) and its reported steps under the chart one more. More continue on the next slide.
 */
export const DEADLINE_LINES_PER_SLIDE = 22

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

/** What a step slide shows besides its visual: the step's date, filters and the items it points at. */
interface StepSlideBase extends SlideBase {
  readonly view: StepView
  /** Sources the step cites that were published after its date: left out, and counted on the sources slide. */
  readonly laterSources: number
}

export type Slide =
  | (SlideBase & { readonly kind: 'title'; readonly story: Story; readonly steps: number })
  | (StepSlideBase & {
      readonly kind: 'status'
      readonly series: StatusSeries
      readonly groups: readonly { readonly status: Status; readonly count: number; readonly ids: string }[]
      /** Reported totals that the items' own statuses on the date do not add up to, each beside the item count. */
      readonly reported: readonly ReportedVsKnown[]
    })
  | (StepSlideBase & {
      readonly kind: 'deadlines'
      readonly gantt: GanttData
      /** 1 for the step's slide, 2 on for the slides its longer chart continues on. */
      readonly part: number
    })
  | (StepSlideBase & {
      readonly kind: 'changes'
      readonly compare: IsoDate
      readonly changes: Changes
      readonly moves: readonly MoveGroup[]
      /** Changes in what is known (newly listed, no longer or again reported), apart from status changes. */
      readonly knowledge: readonly MoveGroup[]
    })
  /** disputed: null when no item shown had either side's position on record by the date. */
  | (StepSlideBase & { readonly kind: 'disputed'; readonly disputed: DisputedItem | null })
  | (StepSlideBase & {
      readonly kind: 'progress'
      readonly counts: ProgressData
      readonly percents: ProgressData
    })
  | (SlideBase & {
      readonly kind: 'sources'
      readonly entries: readonly NumberedSource[]
      /** Cited sources published after the date of the slide citing them: counted, never listed (on the last part). */
      readonly later: number
      /** 1 for the first sources slide, 2 on for those the list continues on. */
      readonly part: number
    })

export type StepSlide = Exclude<Slide, { kind: 'title' | 'sources' }>

const unique = (ids: Iterable<string>): readonly string[] => [...new Set(ids)]

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

/** Every source the slides cite, numbered in order of first citation (each slide's are already cut to its date). */
export function numberSources(
  slides: readonly Pick<SlideBase, 'sourceIds'>[],
  sourcesById: ReadonlyMap<string, Source>,
): readonly NumberedSource[] {
  return unique(slides.flatMap((slide) => slide.sourceIds)).map((id, index) => ({
    number: index + 1,
    source: sourcesById.get(id) ?? id,
  }))
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

/** `items` in as few parts of at most `max` as can hold them, the parts as even as can be. */
export function splitEvenly<T>(items: readonly T[], max: number): readonly (readonly T[])[] {
  const parts = Math.max(1, Math.ceil(items.length / Math.max(1, max)))
  const size = Math.ceil(items.length / parts)
  return Array.from({ length: parts }, (_, index) => items.slice(index * size, (index + 1) * size))
}

const rowLines = (row: GanttRow) => 2 + (row.state.daysOverdue !== null || row.state.chain.length > 0 ? 1 : 0)

/**
 * A deadline chart cut into charts of at most `lines` lines each, rows kept in order on the same axis; a topic
 * cut in two heads both parts. A chart that fits (or is empty) stays whole.
 */
export function ganttParts(gantt: GanttData, lines: number): readonly GanttData[] {
  const parts: GanttGroup[][] = [[]]
  let used = 0
  for (const group of gantt.groups) {
    let rows: GanttRow[] = []
    for (const row of group.rows) {
      const cost = rowLines(row) + (rows.length === 0 ? 1 : 0)
      if (used > 0 && used + cost > lines) {
        if (rows.length > 0) parts.at(-1)?.push({ ...group, rows })
        parts.push([])
        rows = []
        used = 0
      }
      used += rowLines(row) + (rows.length === 0 ? 1 : 0)
      rows.push(row)
    }
    if (rows.length > 0) parts.at(-1)?.push({ ...group, rows })
  }
  return parts.length === 1 ? [gantt] : parts.map((groups) => ({ ...gantt, groups }))
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

/**
 * Footnote numbers in runs, so a slide citing dozens of sources keeps its footnote to a line: 1, 2, 4–8 (three or
 * more in a row make a run; two stay apart).
 */
export function numberRuns(numbers: readonly number[]): readonly { readonly from: number; readonly to: number }[] {
  const runs: { from: number; to: number }[] = []
  for (const number of [...numbers].sort((a, b) => a - b)) {
    const last = runs.at(-1)
    if (last && number === last.to + 1) last.to = number
    else if (!last || number > last.to) runs.push({ from: number, to: number })
  }
  return runs.flatMap((run) =>
    run.to - run.from === 1
      ? [
          { from: run.from, to: run.from },
          { from: run.to, to: run.to },
        ]
      : [run],
  )
}

const COUNT_SPECS = PROGRESS_SPECS.filter((spec) => spec.unit === 'count')
const PERCENT_SPECS = PROGRESS_SPECS.filter((spec) => spec.unit === 'percent')
const NO_SEARCH: SearchIndex = new Map()

export function progressSourceIds(panels: readonly ProgressData[]): readonly string[] {
  return unique(
    panels.flatMap((panel) => [
      ...panel.series.flatMap((series) => series.points.flatMap((point) => point.claim.sources)),
      ...panel.markers.flatMap((marker) => marker.event.sources),
    ]),
  )
}

/** A step slide's own part: what its visual shows and cites. */
type Visual = StepSlide extends infer S
  ? S extends StepSlide
    ? Omit<S, keyof StepSlideBase> & { readonly sourceIds: readonly string[] }
    : never
  : never

/** The step's visual at its date and filters, from the selectors the views use. */
function visualOf(dataset: Dataset, view: StepView, searchIndex: () => SearchIndex): Visual {
  const { asOf, filters } = view
  const rows = filterFacts(
    factsAsOf(dataset.items, dataset.targets, asOf),
    filters,
    filters.q === '' ? NO_SEARCH : searchIndex(),
  )
  switch (view.visual) {
    case 'status': {
      const reported = setReportedVsKnown(dataset.items, dataset.counts, filters.set, asOf)
      return {
        kind: 'status',
        series: toStatusSeries(rows),
        groups: groupByStatus(rows).map((group) => ({
          status: group.status,
          count: group.rows.length,
          ids: itemIds(group.rows.map((row) => row.item)),
        })),
        reported,
        sourceIds: unique([
          ...statusSourceIds(rows, asOf),
          ...reported.flatMap((entry) => entry.claims.flatMap((claim) => claim.sources)),
        ]),
      }
    }
    case 'deadlines': {
      const gantt = toGanttRows(dataset.targets, asOf, {
        topics: filters.topics,
        outcomes: filters.outcomes,
        years: null,
      })
      return { kind: 'deadlines', gantt, part: 1, sourceIds: ganttSourceIds(gantt) }
    }
    case 'changes': {
      // playableStep keeps a comparison only with an earlier date; without one the step shows no change.
      const compare = view.compare ?? asOf
      const inSet = dataset.items.filter((item) => item.set === filters.set)
      const changes = changesForItems(changesBetween(inSet, dataset.targets, dataset.counts, compare, asOf), rows)
      return {
        kind: 'changes',
        compare,
        changes,
        moves: groupMoves(changes.statusMoves),
        knowledge: groupMoves(changes.knowledgeMoves),
        sourceIds: changesSourceIds(changes),
      }
    }
    case 'disputed': {
      const candidates = disputedItems(rows, asOf)
      const disputed =
        view.items.flatMap((id) => candidates.filter((entry) => entry.item.id === id))[0] ?? candidates[0] ?? null
      return { kind: 'disputed', disputed, sourceIds: disputed ? disputedSourceIds(disputed) : [] }
    }
    case 'progress': {
      const years = progressYears(dataset.counts)
      const counts = toProgressSeries(dataset.counts, dataset.events, { specs: COUNT_SPECS, asOf, years })
      const percents = toProgressSeries(dataset.counts, dataset.events, { specs: PERCENT_SPECS, asOf, years })
      return { kind: 'progress', counts, percents, sourceIds: progressSourceIds([counts, percents]) }
    }
  }
}

/**
 * A step as a slide: its visual, with the step's own sources first; every cited source is cut to those out by the
 * step's date, so a slide never cites what was written later.
 */
function stepSlide(dataset: Dataset, step: StoryStep, id: string, searchIndex: () => SearchIndex): StepSlide {
  const played = playableStep(step, dataset)
  const visual = visualOf(dataset, played.step.view, searchIndex)
  const cited = sourcesAsOf(unique([...played.step.sources, ...visual.sourceIds]), dataset.sourcesById, step.view.asOf)
  return {
    ...visual,
    id,
    view: played.step.view,
    takeaway: step.takeaway,
    notes: step.notes,
    sourceIds: cited.shown.map((source) => (typeof source === 'string' ? source : source.id)),
    laterSources: played.laterSources + cited.later,
  }
}

/**
 * A step's slide, and for a deadline chart longer than a slide the slides it continues on: each part cites the
 * sources of its own rows (the first also the step's own), and only the first says the takeaway and has notes.
 */
function stepSlides(slide: StepSlide): readonly StepSlide[] {
  if (slide.kind !== 'deadlines') return [slide]
  const parts = ganttParts(slide.gantt, DEADLINE_LINES_PER_SLIDE)
  if (parts.length === 1) return [slide]
  const all = ganttSourceIds(slide.gantt)
  return parts.map((gantt, index) => {
    const own = new Set(ganttSourceIds(gantt))
    // The step's own sources (those no bar cites) stay with its first slide.
    const cites = (id: string) => own.has(id) || (index === 0 && !all.includes(id))
    return index === 0
      ? { ...slide, gantt, sourceIds: slide.sourceIds.filter(cites) }
      : {
          ...slide,
          id: `${slide.id}-${index + 1}`,
          gantt,
          part: index + 1,
          takeaway: null,
          notes: null,
          laterSources: 0,
          sourceIds: slide.sourceIds.filter(cites),
        }
  })
}

/** The sources slides: every cited source once, numbered, over as many slides as they need. */
function sourcesSlides(sources: readonly NumberedSource[], later: number): readonly Slide[] {
  const parts = splitEvenly(sources, SOURCES_PER_SLIDE)
  return parts.map((entries, index) => ({
    kind: 'sources',
    id: index === 0 ? 'sources' : `sources-${index + 1}`,
    entries,
    later: index === parts.length - 1 ? later : 0,
    part: index + 1,
    sourceIds: [],
    takeaway: null,
    notes: null,
  }))
}

/** The story's shown steps as slides, between a title slide and the sources slides. */
export function buildDeck(dataset: Dataset, story: Story): Deck {
  let searchIndex: SearchIndex | null = null
  const index = () => (searchIndex ??= buildSearchIndex(dataset))
  const steps = shownSteps(story).slice(0, MAX_SLIDES - 2)
  const title: Slide = {
    kind: 'title',
    id: 'title',
    story,
    steps: steps.length,
    sourceIds: [],
    takeaway: null,
    notes: null,
  }
  const all = steps.flatMap((step, at) => stepSlides(stepSlide(dataset, step, `step-${at + 1}`, index)))
  // A deck longer than a link can point into keeps its title and sources slides and loses its last step slides.
  const fit = (shown: readonly StepSlide[]) => {
    const sources = numberSources([title, ...shown], dataset.sourcesById)
    return { shown, sources, parts: splitEvenly(sources, SOURCES_PER_SLIDE).length }
  }
  let deck = fit(all)
  if (1 + all.length + deck.parts > MAX_SLIDES) deck = fit(all.slice(0, MAX_SLIDES - 1 - deck.parts))
  const later = deck.shown.reduce((sum, slide) => sum + slide.laterSources, 0)
  return { slides: [title, ...deck.shown, ...sourcesSlides(deck.sources, later)], sources: deck.sources }
}

/** The slide a link asks for, kept within the deck (a link to slide 12 of a deck that is now 9 long opens 9). */
export function clampSlide(slide: number, count: number): number {
  return Math.min(Math.max(1, slide), Math.max(1, count))
}
