// recharts is loaded only when the headline chart is first drawn: once its place scrolls into view (see
// headline-section.tsx), after the overview's text is on screen. A failed load is tried again when the view is (see
// retryableLazy).
import { retryableLazy } from '../../components/retryable-lazy'
import { retryableImport } from '../../lib/retry-import'

const headlineChart = retryableImport(() => import('../../components/charts/headline-chart'))

export const LazyHeadlineChart = retryableLazy(() => headlineChart().then((module) => module.HeadlineChart))
