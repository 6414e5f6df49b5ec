// Every view's code loads when it is first shown, the opening view's alongside the data it waits for anyway: the
// first download carries the shell only, and recharts, the board's virtualiser and the deck stay out of it.
import type { ComponentType } from 'react'
import type { ChartId } from '../domain/chart-scope'
import { retryableLazy } from '../components/retryable-lazy'
import { retryableImport } from '../lib/retry-import'
// The views' styles stay in the first stylesheet, ahead of app.css (main.tsx imports it after the app), as before the
// views were split: where a view's rule and a shell rule are equally specific, the shell's still wins, whichever
// order the views load in. They are small; the views' code is what loads late.
import '../components/chart-frame.css'
import '../components/chart-tools.css'
import '../components/charts/charts.css'
import '../components/dialog.css'
import '../components/embed-button.css'
import '../components/export-menu.css'
import '../components/lineage-link.css'
import '../components/year-range-picker.css'
import '../features/board/board.css'
import '../features/briefing/briefing.css'
import '../features/briefing/deck-fullscreen.css'
import '../features/briefing/presenter.css'
import '../features/charts/charts.css'
import '../features/lineage/lineage.css'
import '../features/methodology/methodology.css'
import '../features/timeline/timeline.css'

/** A view whose code loads on first use, and loads again after a failed attempt (see retryableLazy). */
function lazyView<M>(importModule: () => Promise<M>, pick: (module: M) => ComponentType) {
  const load = retryableImport(importModule)
  return retryableLazy(() => load().then(pick))
}

export type LazyView = ReturnType<typeof lazyView>

export const OverviewPanel = lazyView(
  () => import('../features/overview/overview-panel'),
  (module) => module.OverviewPanel,
)
export const BoardPanel = lazyView(
  () => import('../features/board/board-panel'),
  (module) => module.BoardPanel,
)
export const ChartsPanel = lazyView(
  () => import('../features/charts/charts-panel'),
  (module) => module.ChartsPanel,
)
export const TimelinePanel = lazyView(
  () => import('../features/timeline/timeline-panel'),
  (module) => module.TimelinePanel,
)
export const LineagePanel = lazyView(
  () => import('../features/lineage/lineage-panel'),
  (module) => module.LineagePanel,
)
export const BriefingPanel = lazyView(
  () => import('../features/briefing/briefing-panel'),
  (module) => module.BriefingPanel,
)
export const MethodologyPanel = lazyView(
  () => import('../features/methodology/methodology-panel'),
  (module) => module.MethodologyPanel,
)
export const PresenterPanel = lazyView(
  () => import('../features/briefing/presenter-panel'),
  (module) => module.PresenterPanel,
)

/** Each chart alone, for a page that embeds just that chart (embed-page.tsx). */
export const EMBEDDABLE_CHARTS: Record<ChartId, LazyView> = {
  status: lazyView(
    () => import('../features/charts/status-breakdown'),
    (module) => module.StatusBreakdown,
  ),
  progress: lazyView(
    () => import('../features/charts/progress-section'),
    (module) => module.ProgressSection,
  ),
  'topic-status': lazyView(
    () => import('../features/charts/topic-status-section'),
    (module) => module.TopicStatusSection,
  ),
  deadlines: lazyView(
    () => import('../features/charts/deadline-section'),
    (module) => module.DeadlineSection,
  ),
  headline: lazyView(
    () => import('../features/overview/headline-section'),
    (module) => module.HeadlineSection,
  ),
}
