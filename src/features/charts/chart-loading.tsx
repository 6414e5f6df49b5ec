import { useChartsText } from './charts-text'

/** Holds the chart's place while recharts loads, so the page does not jump. */
export function ChartLoading({ height }: { readonly height: number }) {
  const text = useChartsText()
  return (
    <div className="chart-loading" style={{ minHeight: height }} role="status">
      {text.loadingChart}
    </div>
  )
}
