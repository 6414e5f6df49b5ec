// recharts loads when the deck first draws a chart, not with the first screen.
import { lazy } from 'react'

export const LazyStatusBarChart = lazy(() =>
  import('../../components/charts/status-bar-chart').then((module) => ({ default: module.StatusBarChart })),
)
