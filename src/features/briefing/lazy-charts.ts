// recharts loads when the deck first draws a chart, not with the first screen; a failed load is tried again when
// the deck is (see retryableLazy).
import { retryableLazy } from '../../components/retryable-lazy'
import { retryableImport } from '../../lib/retry-import'

const statusBarChart = retryableImport(() => import('../../components/charts/status-bar-chart'))
const progressChart = retryableImport(() => import('../../components/charts/progress-chart'))

export const LazyStatusBarChart = retryableLazy(() => statusBarChart().then((module) => module.StatusBarChart))

export const LazyProgressChart = retryableLazy(() => progressChart().then((module) => module.ProgressChart))
