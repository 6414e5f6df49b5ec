// Every view's code loads when it is first shown, the opening view's alongside the data it waits for anyway: the
// first download carries the shell only, and recharts, the board's virtualiser and the deck stay out of it.
import { lazy } from 'react'
// The views' styles stay in the first stylesheet, ahead of app.css (main.tsx imports it after the app), as before the
// views were split: where a view's rule and a shell rule are equally specific, the shell's still wins, whichever
// order the views load in. They are small; the views' code is what loads late.
import '../components/chart-frame.css'
import '../components/charts/charts.css'
import '../components/dialog.css'
import '../components/export-menu.css'
import '../components/year-range-picker.css'
import '../features/board/board.css'
import '../features/briefing/briefing.css'
import '../features/charts/charts.css'
import '../features/methodology/methodology.css'
import '../features/timeline/timeline.css'

const loaders = {
  overview: () => import('../features/overview/overview-panel'),
  board: () => import('../features/board/board-panel'),
  charts: () => import('../features/charts/charts-panel'),
  timeline: () => import('../features/timeline/timeline-panel'),
  briefing: () => import('../features/briefing/briefing-panel'),
  methodology: () => import('../features/methodology/methodology-panel'),
}

// The view a link opens on (the overview when it names none) starts loading with the app's code, alongside the
// data, rather than once the data is in. A repeated import() returns the same module, so lazy() reuses it.
const isLazyView = (name: string): name is keyof typeof loaders => Object.hasOwn(loaders, name)
const linked = new URLSearchParams(window.location.search).get('view') ?? 'overview'
if (isLazyView(linked)) void loaders[linked]()

export const OverviewPanel = lazy(() => loaders.overview().then((module) => ({ default: module.OverviewPanel })))

export const BoardPanel = lazy(() => loaders.board().then((module) => ({ default: module.BoardPanel })))
export const ChartsPanel = lazy(() => loaders.charts().then((module) => ({ default: module.ChartsPanel })))
export const TimelinePanel = lazy(() => loaders.timeline().then((module) => ({ default: module.TimelinePanel })))
export const BriefingPanel = lazy(() => loaders.briefing().then((module) => ({ default: module.BriefingPanel })))
export const MethodologyPanel = lazy(() =>
  loaders.methodology().then((module) => ({ default: module.MethodologyPanel })),
)
