import { create } from 'zustand'
import { NO_FILTERS, type FacetKey } from '../domain/filters'
import type { IsoDate, ItemSet } from '../domain/types'
import type { EventKind } from '../domain/vocabulary'
import {
  initialView,
  pickFieldsOf,
  type Layout,
  type Sort,
  type SortField,
  type Theme,
  type View,
  type ViewName,
} from './view'
import { type Lang } from '../i18n/lang'

interface ViewActions {
  replaceView: (view: View) => void
  showView: (view: ViewName) => void
  setSet: (set: ItemSet) => void
  toggleFacetValue: (facet: FacetKey, value: string) => void
  setFacet: (facet: FacetKey, values: readonly string[]) => void
  setQuery: (q: string) => void
  setEventKinds: (kinds: readonly EventKind[]) => void
  clearFilters: () => void
  setAsOf: (asOf: IsoDate | null) => void
  setCompare: (compare: IsoDate | null) => void
  selectItem: (item: string | null) => void
  openDeadline: (deadline: string | null) => void
  /** Moves to where a search result lives: a view with the filters or selection that show it. */
  openPlace: (place: Partial<View>) => void
  setLayout: (layout: Layout) => void
  sortBy: (field: SortField) => void
  setSort: (sort: Sort) => void
  setSlide: (slide: number) => void
  /** Plays a story from its first slide. */
  playStory: (story: string | null) => void
  setTheme: (theme: Theme) => void
  setLang: (lang: Lang) => void
  reset: () => void
}

export type ViewState = View & ViewActions

export const useViewStore = create<ViewState>()((set) => ({
  ...initialView,
  replaceView: (view) => set(view),
  // The highlighted event belongs to the move that opened it; another view drops it.
  showView: (view) => set({ view, event: null }),
  setSet: (itemSet) => set({ set: itemSet, item: null }),
  toggleFacetValue: (facet, value) =>
    set((state) => {
      const current: readonly string[] = state[facet]
      return { [facet]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] }
    }),
  setFacet: (facet, values) => set({ [facet]: [...values] }),
  setQuery: (q) => set({ q }),
  setEventKinds: (kinds) => set({ eventKinds: [...kinds] }),
  clearFilters: () => set(NO_FILTERS),
  setAsOf: (asOf) => set({ asOf }),
  setCompare: (compare) => set({ compare }),
  selectItem: (item) => set({ item }),
  openDeadline: (deadline) => set({ deadline }),
  openPlace: (place) => set(place),
  setLayout: (layout) => set({ layout }),
  sortBy: (field) =>
    set((state) => ({
      sort: { field, descending: state.sort.field === field ? !state.sort.descending : false },
    })),
  setSort: (sort) => set({ sort }),
  setSlide: (slide) => set({ slide }),
  playStory: (story) => set({ story, slide: 1 }),
  setTheme: (theme) => set({ theme }),
  setLang: (lang) => set({ lang }),
  reset: () => set(initialView),
}))

/** The view part of the store, without the actions. */
export function currentView(state: ViewState): View {
  return pickFieldsOf(initialView, state)
}
