// Every view's code loads when it is first shown, the opening view's alongside the data it waits for anyway: the
// first download carries the shell only, and recharts, the board's virtualiser and the deck stay out of it.
import { createElement, lazy, useState, type ComponentType } from 'react'
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

/**
 * A view whose code loads on first use. Once the code is in, the view renders straight away: React.lazy alone
 * would suspend once more on its first render even then, and React holds a revealed fallback back for up to 300 ms.
 */
function lazyView(load: () => Promise<ComponentType>) {
  let loaded: ComponentType | null = null
  const preload = () =>
    load().then((component) => {
      loaded = component
      return { default: component }
    })
  const Lazy = lazy(preload)
  function LazyView() {
    // Chosen once per mount: switching from Lazy to the component later would remount the view and lose its state.
    const [ready] = useState(() => loaded)
    return ready ? createElement(ready) : createElement(Lazy)
  }
  return Object.assign(LazyView, { preload })
}

export type LazyView = ReturnType<typeof lazyView>

export const OverviewPanel = lazyView(() =>
  import('../features/overview/overview-panel').then((module) => module.OverviewPanel),
)
export const BoardPanel = lazyView(() => import('../features/board/board-panel').then((module) => module.BoardPanel))
export const ChartsPanel = lazyView(() =>
  import('../features/charts/charts-panel').then((module) => module.ChartsPanel),
)
export const TimelinePanel = lazyView(() =>
  import('../features/timeline/timeline-panel').then((module) => module.TimelinePanel),
)
export const BriefingPanel = lazyView(() =>
  import('../features/briefing/briefing-panel').then((module) => module.BriefingPanel),
)
export const MethodologyPanel = lazyView(() =>
  import('../features/methodology/methodology-panel').then((module) => module.MethodologyPanel),
)
