import type { BoardRow } from '../../domain/board-rows'
import { formatFuzzyDate } from '../../lib/format'
import { useSourceRefs } from '../../state/use-source-refs'
import { useLabels } from './use-labels'

/** What a table row and a column card both say about an item's status report, in the reader's language. */
export function useReportWords(row: BoardRow) {
  const labels = useLabels()
  const sourceRefs = useSourceRefs()
  return {
    date: formatFuzzyDate(row.change.date, labels.lang),
    claimant: labels.claimant(row.change.claimant),
    topics: row.item.topics.map(labels.topic).join(', '),
    sources: sourceRefs(row.change.sources),
  }
}
