import { useCallback } from 'react'
import { topicName } from '../../domain/names'
import { ChartFrame } from '../../components/chart-frame'
import { ExportMenu } from '../../components/export-menu'
import { TopicStatusHeatmap } from '../../components/charts/topic-status-heatmap'
import { SourceRefs } from '../../components/source-refs'
import { STATUS_META } from '../../domain/status'
import type { Status } from '../../domain/vocabulary'
import { formatNumber } from '../../lib/format'
import { useDataset, useStatusSeries } from '../../state/derived'
import { useTopicStatusMatrix } from './use-topic-status-matrix'
import { useChartExportMenu } from '../../export/use-exports'
import { useSourceRefs } from '../../state/use-source-refs'
import { useChartFrame, useShowOnBoard } from './use-chart-frame'

/** Topics × status as of the date for the board's items; a cell click filters the board to that pair. */
export function TopicStatusSection() {
  const matrix = useTopicStatusMatrix()
  const { sourceIds } = useStatusSeries()
  const dataset = useDataset()
  const { text, lang, stamp, labels } = useChartFrame()
  const sourceRefs = useSourceRefs()
  const showOnBoard = useShowOnBoard()
  const topicLabel = useCallback((id: string) => topicName(dataset, id, lang), [dataset, lang])
  const cellLabel = (topicId: string, status: Status, count: number) =>
    text.cellLabel(formatNumber(count, lang), topicLabel(topicId), STATUS_META[status].label[lang])
  const heatmap = {
    matrix,
    lang,
    topicLabel,
    headers: { topic: text.topicColumn, total: text.totalColumn },
    label: text.matrixTitle,
  }
  const { nodeId, ...exportMenu } = useChartExportMenu({ title: text.matrixTitle, sourceIds })
  return (
    <ChartFrame
      title={text.matrixTitle}
      stamp={stamp}
      summary={text.matrixSummary(formatNumber(matrix.rows.length, lang), formatNumber(matrix.untagged, lang))}
      sources={<SourceRefs {...sourceRefs(sourceIds)} />}
      labels={labels}
      empty={matrix.emptyReason ? { message: text.emptyNoMatch } : null}
      controls={<ExportMenu {...exportMenu} />}
      chart={
        <div id={nodeId}>
          <TopicStatusHeatmap
            {...heatmap}
            onSelect={(topicId, status) => showOnBoard({ topics: [topicId], statuses: [status] })}
            cellLabel={cellLabel}
          />
        </div>
      }
      table={<TopicStatusHeatmap {...heatmap} plain />}
    />
  )
}
