// recharts is loaded only when a chart is first drawn, so the first screen never waits for it.
import { lazy } from 'react'

export const LazyStatusBarChart = lazy(() =>
  import('../../components/charts/status-bar-chart').then((module) => ({ default: module.StatusBarChart })),
)

export const LazyProgressChart = lazy(() =>
  import('../../components/charts/progress-chart').then((module) => ({ default: module.ProgressChart })),
)
