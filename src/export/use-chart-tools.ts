// Shared by the charts view and the overview's headline chart, so it sits below both features.
import { useChartExports, type ChartExportTarget } from './use-chart-exports'
import { useEmbedCode } from './use-embed-code'

/** A chart's files and embed code as <ChartTools> props, and the id to put on the element its width is read from. */
export function useChartTools(target: ChartExportTarget) {
  const { nodeId, embedded, menu } = useChartExports(target)
  const embed = useEmbedCode(target.chart, target.title)
  return { nodeId, tools: { menu, embed, embedded } }
}
