// The shape of what a user can choose. Everything else on screen is derived from this plus the dataset.
import { CHART_IDS } from '../domain/chart-scope'
import { NO_FILTERS, type Filters } from '../domain/filters'
import type { IsoDate } from '../domain/types'
import type { EventKind } from '../domain/vocabulary'
import type { Lang } from '../i18n/lang'

export const VIEW_NAMES = ['overview', 'board', 'charts', 'timeline', 'lineage', 'briefing', 'methodology'] as const
export type ViewName = (typeof VIEW_NAMES)[number]

export const LAYOUTS = ['columns', 'table'] as const
export type Layout = (typeof LAYOUTS)[number]

export const SORT_FIELDS = ['id', 'title', 'status', 'changed', 'deadline'] as const
export type SortField = (typeof SORT_FIELDS)[number]
export interface Sort {
  readonly field: SortField
  readonly descending: boolean
}

export const THEMES = ['system', 'light', 'dark', 'contrast'] as const
export type Theme = (typeof THEMES)[number]

/** What an embedded page shows: the whole view's body, or one chart of it. */
export const EMBED_TARGETS = ['view', ...CHART_IDS] as const
export type EmbedTarget = (typeof EMBED_TARGETS)[number]

/** The filters (domain/filters.ts) plus every other choice the screen offers. */
export interface View extends Filters {
  readonly view: ViewName
  /** null: today. */
  readonly asOf: IsoDate | null
  readonly compare: IsoDate | null
  readonly item: string | null
  /** The deadline (target id) whose detail is open, over any view. */
  readonly deadline: string | null
  /** The timeline event to scroll to and highlight. */
  readonly event: string | null
  /** The kinds of event the timeline shows; none chosen shows all. Only the timeline has kinds, so not a board filter. */
  readonly eventKinds: readonly EventKind[]
  readonly layout: Layout
  readonly sort: Sort
  /** 1-based slide number in briefing mode. */
  readonly slide: number
  /** This window is the presenter's (current and next slide, notes, timer) beside the deck the audience sees. */
  readonly presenter: boolean
  /**
   * The story the deck plays: null for the data's default story, MY_STORY for the one kept in this browser, or a
   * shared story as its link value (domain/story-link.ts).
   */
  readonly story: string | null
  readonly theme: Theme
  readonly lang: Lang
  /** Set on a page shown inside another site's frame: only this chart or view body, no header or navigation. */
  readonly embed: EmbedTarget | null
}

export const MY_STORY = 'mine'

export const initialFilters: Filters = { set: 'roadmaps', ...NO_FILTERS }

export const initialView: View = {
  view: 'overview',
  ...initialFilters,
  asOf: null,
  compare: null,
  item: null,
  deadline: null,
  event: null,
  eventKinds: [],
  layout: 'table',
  sort: { field: 'id', descending: false },
  slide: 1,
  presenter: false,
  story: null,
  theme: 'system',
  lang: 'en',
  embed: null,
}

/** The fields of `source` that `template` has, as a new object: a view's filters, or a view without the store's actions. */
export function pickFieldsOf<T extends object>(template: T, source: T): T {
  return Object.fromEntries(Object.keys(template).map((field) => [field, source[field as keyof T]])) as T
}

export function filtersOf(view: View): Filters {
  return pickFieldsOf(initialFilters, view)
}

/** Ids that views give what a link or search result may scroll to; kept here so both sides agree. */
export const ANCHORS = {
  reportedCounts: 'reported-counts',
  source: (id: string) => `source-${id}`,
  event: (id: string) => `event-${id}`,
  area: (id: string) => `area-${id}`,
} as const
