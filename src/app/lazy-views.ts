// Every view but the overview is loaded when first shown: the first screen waits only for its own code, and
// recharts, the board's virtualiser and the briefing deck stay out of the initial download.
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
  board: () => import('../features/board/board-panel'),
  charts: () => import('../features/charts/charts-panel'),
  timeline: () => import('../features/timeline/timeline-panel'),
  briefing: () => import('../features/briefing/briefing-panel'),
  methodology: () => import('../features/methodology/methodology-panel'),
}

// A link that opens on one of these views starts loading its code with the app's, alongside the data, rather than
// once the data is in. A repeated import() returns the same module, so lazy() below reuses this download.
const isLazyView = (name: string | null): name is keyof typeof loaders => name !== null && Object.hasOwn(loaders, name)
const linked = new URLSearchParams(window.location.search).get('view')
if (isLazyView(linked)) void loaders[linked]()

export const BoardPanel = lazy(() => loaders.board().then((module) => ({ default: module.BoardPanel })))
export const ChartsPanel = lazy(() => loaders.charts().then((module) => ({ default: module.ChartsPanel })))
export const TimelinePanel = lazy(() => loaders.timeline().then((module) => ({ default: module.TimelinePanel })))
export const BriefingPanel = lazy(() => loaders.briefing().then((module) => ({ default: module.BriefingPanel })))
export const MethodologyPanel = lazy(() =>
  loaders.methodology().then((module) => ({ default: module.MethodologyPanel })),
)
