import { useMemo } from 'react'
import { toTopicStatusMatrix } from '../../domain/chart-series'
import { useDataset, useFilteredItems } from '../../state/derived'
import { useViewStore } from '../../state/view-store'

/** Topics × status for the filtered items; rows are the chosen topics, or every topic when none is chosen. */
export function useTopicStatusMatrix() {
  const dataset = useDataset()
  const rows = useFilteredItems()
  const chosen = useViewStore((state) => state.topics)
  return useMemo(() => {
    const topics = dataset.topics.map((topic) => topic.id).filter((id) => chosen.length === 0 || chosen.includes(id))
    return toTopicStatusMatrix(rows, topics)
  }, [dataset, rows, chosen])
}
