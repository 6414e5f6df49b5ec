import { useEmbedCode } from '../../export/use-embed-code'
import { useChartExports, type ChartExportTarget } from '../../export/use-chart-exports'
import type { ChartToolsProps } from '../../components/chart-tools'

/** A chart's files and embed code as <ChartTools> props, and the id to put on the element its width is read from. */
export function useChartTools(target: ChartExportTarget): { nodeId: string; tools: ChartToolsProps } {
  const { nodeId, embedded, menu } = useChartExports(target)
  const embed = useEmbedCode(target.chart, target.title)
  return { nodeId, tools: { menu, embed, embedded } }
}
