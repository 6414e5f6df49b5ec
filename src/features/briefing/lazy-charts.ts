// recharts loads when the deck first draws a chart, not with the first screen; a failed load is tried again when
// the deck is (see retryableLazy).
import { retryableLazy } from '../../components/retryable-lazy'
import { retryableImport } from '../../lib/retry-import'

const statusBarChart = retryableImport(() => import('../../components/charts/status-bar-chart'))

export const LazyStatusBarChart = retryableLazy(() => statusBarChart().then((module) => module.StatusBarChart))
