import { useCallback, useMemo } from 'react'
import { topicName } from '../../domain/names'
import { ChartFrame } from '../../components/chart-frame'
import { ChartTools } from '../../components/chart-tools'
import { TopicStatusHeatmapFigure } from '../../components/charts/topic-status-heatmap-figure'
import { TopicStatusHeatmap } from '../../components/charts/topic-status-heatmap'
import { SourceRefs } from '../../components/source-refs'
import { STATUS_META } from '../../domain/status'
import type { Status } from '../../domain/vocabulary'
import { formatNumber } from '../../lib/format'
import { useDataset, useStatusSeries } from '../../state/derived'
import { useTopicStatusMatrix } from './use-topic-status-matrix'
import type { FigureRoom } from '../../export/chart-figure'
import { useSourceRefs } from '../../state/use-source-refs'
import { topicStatusTable } from './chart-tables'
import { topicStatusKey } from './figure-keys'
import { useChartFrame, useShowOnBoard } from './use-chart-frame'
import { useChartTools } from '../../export/use-chart-tools'

/** Topics × status as of the date for the board's items; a cell click filters the board to that pair. */
export function TopicStatusSection() {
  const matrix = useTopicStatusMatrix()
  const { sourceIds } = useStatusSeries()
  const dataset = useDataset()
  const { text, lang, stamp, labels } = useChartFrame()
  const sourceRefs = useSourceRefs()
  const showOnBoard = useShowOnBoard()
  const topicLabel = useCallback((id: string) => topicName(dataset, id, lang), [dataset, lang])
  const cellLabel = useCallback(
    (topicId: string, status: Status, count: number) =>
      text.cellLabel(formatNumber(count, lang), topicLabel(topicId), STATUS_META[status].label[lang]),
    [text, lang, topicLabel],
  )
  const select = useCallback(
    (topicId: string, status: Status) => showOnBoard({ topics: [topicId], statuses: [status] }),
    [showOnBoard],
  )
  const headers = useMemo(() => ({ topic: text.topicColumn, total: text.totalColumn }), [text])
  const heatmap = {
    matrix,
    lang,
    topicLabel,
    headers,
    label: text.matrixTitle,
  }
  const exportTarget = useMemo(
    () => ({
      chart: 'topic-status' as const,
      title: text.matrixTitle,
      sourceIds,
      key: () => topicStatusKey(text),
      figure: ({ width, height, textWidth }: FigureRoom) => (
        <div data-figure-panel="">
          <TopicStatusHeatmapFigure
            matrix={matrix}
            lang={lang}
            topicLabel={topicLabel}
            totalLabel={text.totalColumn}
            width={width}
            height={height}
            textWidth={textWidth}
          />
        </div>
      ),
      table: () => topicStatusTable(matrix, topicLabel),
    }),
    [matrix, sourceIds, lang, text, topicLabel],
  )
  const { nodeId, tools } = useChartTools(exportTarget)
  return (
    <ChartFrame
      title={text.matrixTitle}
      stamp={stamp}
      summary={text.matrixSummary(formatNumber(matrix.rows.length, lang), formatNumber(matrix.untagged, lang))}
      sources={<SourceRefs {...sourceRefs(sourceIds)} />}
      labels={labels}
      empty={matrix.emptyReason ? { message: text.emptyNoMatch } : null}
      controls={<ChartTools {...tools} />}
      chart={
        <div id={nodeId}>
          <TopicStatusHeatmap {...heatmap} onSelect={select} cellLabel={cellLabel} />
        </div>
      }
      table={<TopicStatusHeatmap {...heatmap} plain />}
    />
  )
}
