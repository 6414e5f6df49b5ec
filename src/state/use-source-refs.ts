import { useCallback } from 'react'
import type { Source } from '../domain/types'
import { formatFuzzyDate } from '../lib/format'
import { useDataset } from './on-screen'
import { useLang, useT } from './use-t'

/** Props for <SourceRefs> from a list of source ids, in the interface language. */
export function useSourceRefs() {
  const dataset = useDataset()
  const t = useT()
  const lang = useLang()
  return useCallback(
    (ids: readonly string[]) => ({
      sources: ids.map((id) => dataset.sourcesById.get(id) ?? id),
      label: t('sources.label'),
      seedLabel: t('sources.seed'),
      unknownLabel: t('sources.unknown'),
      formatDate: (source: Source) => formatFuzzyDate(source.date, lang),
    }),
    [dataset, t, lang],
  )
}
