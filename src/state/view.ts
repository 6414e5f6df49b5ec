// The shape of what a user can choose. Everything else on screen is derived from this plus the dataset.
import type { Filters } from '../domain/filters'
import type { IsoDate, ItemSet } from '../domain/types'
import type { DeadlineStatus, Status } from '../domain/vocabulary'
import type { Lang } from '../i18n/lang'

export const VIEW_NAMES = ['overview', 'board', 'charts', 'timeline', 'briefing', 'methodology'] as const
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

export interface View {
  readonly view: ViewName
  readonly set: ItemSet
  readonly topics: readonly string[]
  readonly statuses: readonly Status[]
  readonly actors: readonly string[]
  readonly outcomes: readonly DeadlineStatus[]
  readonly q: string
  /** null: today. */
  readonly asOf: IsoDate | null
  readonly compare: IsoDate | null
  readonly item: string | null
  /** The deadline (target id) whose detail is open, over any view. */
  readonly deadline: string | null
  /** The timeline event to scroll to and highlight. */
  readonly event: string | null
  readonly layout: Layout
  readonly sort: Sort
  /** 1-based slide number in briefing mode. */
  readonly slide: number
  readonly theme: Theme
  readonly lang: Lang
}

export const initialView: View = {
  view: 'overview',
  set: 'roadmaps',
  topics: [],
  statuses: [],
  actors: [],
  outcomes: [],
  q: '',
  asOf: null,
  compare: null,
  item: null,
  deadline: null,
  event: null,
  layout: 'table',
  sort: { field: 'id', descending: false },
  slide: 1,
  theme: 'system',
  lang: 'en',
}

export function filtersOf(view: View): Filters {
  return {
    set: view.set,
    topics: view.topics,
    statuses: view.statuses,
    actors: view.actors,
    outcomes: view.outcomes,
    q: view.q,
  }
}

/** Ids that views give what a link or search result may scroll to; kept here so both sides agree. */
export const ANCHORS = {
  reportedCounts: 'reported-counts',
  source: (id: string) => `source-${id}`,
  event: (id: string) => `event-${id}`,
} as const
