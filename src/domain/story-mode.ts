// Story mode: a story is a list of steps, each a view of the data (date, filters, highlighted items, the visual
// that shows it) with the one line it says and the presenter's notes. The default story ships as data
// (data/story.json); a user's own is kept in the browser and shared as a link. (The overview's "story in numbers"
// is another thing: story.ts.)
import { isSourcedAt, sourcesAsOf } from './sources'
import type { Filters } from './filters'
import type { Dataset, IsoDate } from './types'
import type { LocalizedText } from '../i18n/localized-text'
import type { Lang } from '../i18n/lang'

/** What a step shows: each is a slide body the deck already draws from the same selectors as the views. */
export const STEP_VISUALS = ['status', 'deadlines', 'changes', 'disputed', 'progress'] as const
export type StepVisual = (typeof STEP_VISUALS)[number]

export interface StepView {
  readonly visual: StepVisual
  readonly asOf: IsoDate
  /** The earlier date a 'changes' step compares with; null for the other visuals. */
  readonly compare: IsoDate | null
  readonly filters: Filters
  /** Items the step points at (the first is the one a 'disputed' step shows). */
  readonly items: readonly string[]
}

export interface StoryStep {
  readonly view: StepView
  readonly takeaway: LocalizedText
  readonly notes: LocalizedText
  /** The sources the takeaway and notes rest on; the visual cites its own records' sources besides. */
  readonly sources: readonly string[]
  /** Kept in the story, skipped when it is played. */
  readonly hidden: boolean
}

export interface Story {
  readonly id: string
  readonly title: LocalizedText
  readonly steps: readonly StoryStep[]
  /**
   * The language a user wrote their story in: its texts hold that wording under both languages (one text, not a
   * translation), and the page marks it with this language. null for the data's stories, which are bilingual.
   */
  readonly writtenIn: Lang | null
}

/** A user's own words as a LocalizedText: the same wording whichever language the page is in. */
export function ownText(text: string): LocalizedText {
  return { en: text, ru: text, quotes: [] }
}

export interface StepProblems {
  /** Highlighted items the dataset does not hold: dropped when the step is played. */
  readonly unknownItems: readonly string[]
  readonly unknownTopics: readonly string[]
  readonly unknownSources: readonly string[]
  /** Sources published after the step's date: a step never cites what was written later. */
  readonly laterSources: readonly string[]
  /** A comparison date that is not before the step's date tells nothing that had happened. */
  readonly compareNotBefore: boolean
}

export function stepProblems(step: StoryStep, dataset: Dataset): StepProblems {
  const { view } = step
  return {
    unknownItems: view.items.filter((id) => !dataset.itemsById.has(id)),
    unknownTopics: view.filters.topics.filter((id) => !dataset.topicsById.has(id)),
    unknownSources: step.sources.filter((id) => !dataset.sourcesById.has(id)),
    laterSources: step.sources.filter(
      (id) => dataset.sourcesById.has(id) && !isSourcedAt([id], dataset.sourcesById, view.asOf),
    ),
    compareNotBefore: view.compare !== null && view.compare >= view.asOf,
  }
}

export const hasStepProblems = (problems: StepProblems): boolean =>
  problems.compareNotBefore ||
  [problems.unknownItems, problems.unknownTopics, problems.unknownSources, problems.laterSources].some(
    (ids) => ids.length > 0,
  )

/**
 * The step as it can be played on this dataset: unknown items and topics dropped, sources cut to those out by the
 * step's date (later ones counted), and a comparison kept only when it is with an earlier date.
 */
export function playableStep(step: StoryStep, dataset: Dataset): { step: StoryStep; laterSources: number } {
  const { view } = step
  const { shown, later } = sourcesAsOf(step.sources, dataset.sourcesById, view.asOf)
  return {
    step: {
      ...step,
      view: {
        ...view,
        compare: view.compare !== null && view.compare < view.asOf ? view.compare : null,
        items: view.items.filter((id) => dataset.itemsById.has(id)),
        filters: { ...view.filters, topics: view.filters.topics.filter((id) => dataset.topicsById.has(id)) },
      },
      sources: shown.flatMap((source) => (typeof source === 'string' ? [] : [source.id])),
    },
    laterSources: later,
  }
}

/** The steps a story plays, in order: hidden ones are skipped. */
export const shownSteps = (story: Story): readonly StoryStep[] => story.steps.filter((step) => !step.hidden)

/** The step moved one place up (-1) or down (+1); at either end the story stays as it was. */
export function moveStep(story: Story, index: number, by: -1 | 1): Story {
  const to = index + by
  const moving = story.steps[index]
  const other = story.steps[to]
  if (!moving || !other) return story
  const steps = [...story.steps]
  steps[index] = other
  steps[to] = moving
  return { ...story, steps }
}

export function replaceStep(story: Story, index: number, change: Partial<StoryStep>): Story {
  return { ...story, steps: story.steps.map((step, at) => (at === index ? { ...step, ...change } : step)) }
}

export function removeStep(story: Story, index: number): Story {
  return { ...story, steps: story.steps.filter((_, at) => at !== index) }
}

/**
 * A story the user can edit, from a data story: its texts in the reader's language become the user's own, so
 * what they then write is in one language throughout.
 */
export function editableCopy(story: Story, lang: Lang, id: string): Story {
  const own = (text: LocalizedText) => ownText(text[lang] ?? text.en)
  return {
    id,
    title: own(story.title),
    writtenIn: story.writtenIn ?? lang,
    steps: story.steps.map((step) => ({ ...step, takeaway: own(step.takeaway), notes: own(step.notes) })),
  }
}
