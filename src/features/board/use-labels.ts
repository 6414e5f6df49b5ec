import { useMemo } from 'react'
import { claimantShortName, nameOf, topicName } from '../../domain/names'
import type { Claimant, Person } from '../../domain/types'
import { useDataset } from '../../state/derived'
import { useLang } from '../../state/use-t'

/** Names of topics and people in the interface language. */
export function useLabels() {
  const dataset = useDataset()
  const lang = useLang()
  return useMemo(
    () => ({
      topic: (id: string) => topicName(dataset, id, lang),
      person: (entry: Person) => nameOf(entry, lang),
      /** A person's name where the claimant is a known person, else the claimant's own label. */
      claimant: (claimant: Claimant) => claimantShortName(dataset, claimant, lang),
      lang,
    }),
    [dataset, lang],
  )
}

export type Labels = ReturnType<typeof useLabels>
