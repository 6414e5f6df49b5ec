import { useCallback } from 'react'
import { sourcesAsOf } from '../domain/sources'
import type { Source } from '../domain/types'
import { formatFuzzyDate } from '../lib/format'
import { useAsOf, useDataset } from './on-screen'
import { useLang, useT } from './use-t'

/** Props for <SourceRefs> from a list of source ids, in the interface language: only sources out by the date. */
export function useSourceRefs() {
  const dataset = useDataset()
  const t = useT()
  const lang = useLang()
  const asOf = useAsOf()
  return useCallback(
    (ids: readonly string[]) => ({
      ...sourcesAsOf(ids, dataset.sourcesById, asOf),
      label: t('sources.label'),
      laterLabel: t('sources.later'),
      seedLabel: t('sources.seed'),
      unknownLabel: t('sources.unknown'),
      formatDate: (source: Source) => formatFuzzyDate(source.date, lang),
      lang,
    }),
    [dataset, t, lang, asOf],
  )
}
