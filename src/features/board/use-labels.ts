import { useMemo } from 'react'
import type { Claimant, Person } from '../../domain/types'
import { useDataset } from '../../state/derived'
import { useLang } from '../../state/use-t'

/** Names of topics and people in the interface language. */
export function useLabels() {
  const dataset = useDataset()
  const lang = useLang()
  return useMemo(() => {
    const person = (entry: Person) => (lang === 'ru' && entry.nameRu ? entry.nameRu : entry.name)
    return {
      topic: (id: string) => {
        const topic = dataset.topicsById.get(id)
        return topic ? (lang === 'ru' ? topic.labelRu : topic.label) : id
      },
      person,
      /** A person's name where the claimant is a known person, else the claimant's own label. */
      claimant: (claimant: Claimant) => {
        const entry = claimant.personId === null ? undefined : dataset.peopleById.get(claimant.personId)
        return entry ? person(entry) : claimant.label
      },
    }
  }, [dataset, lang])
}

export type Labels = ReturnType<typeof useLabels>
