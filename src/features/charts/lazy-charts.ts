// recharts is loaded only when a chart is first drawn, so the first screen never waits for it; a failed load is
// tried again when the view is (see retryableLazy).
import { retryableLazy } from '../../components/retryable-lazy'
import { retryableImport } from '../../lib/retry-import'

const statusBarChart = retryableImport(() => import('../../components/charts/status-bar-chart'))
const progressChart = retryableImport(() => import('../../components/charts/progress-chart'))

export const LazyStatusBarChart = retryableLazy(() => statusBarChart().then((module) => module.StatusBarChart))

export const LazyProgressChart = retryableLazy(() => progressChart().then((module) => module.ProgressChart))
