import { useMemo } from 'react'
import { progressYears, toProgressSeries } from '../../domain/progress-series'
import type { ProgressSpec } from '../../domain/progress-specs'
import { useAsOf, useDataset } from '../../state/derived'

/** The reported counts and percentages of the specs, year by year, as known on the date. */
export function useProgressSeries(specs: readonly ProgressSpec[]) {
  const dataset = useDataset()
  const asOf = useAsOf()
  return useMemo(
    () => toProgressSeries(dataset.counts, dataset.events, { specs, asOf, years: progressYears(dataset.counts) }),
    [dataset, asOf, specs],
  )
}
