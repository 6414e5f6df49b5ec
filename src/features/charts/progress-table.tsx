import { ClaimRow } from '../../components/charts/claim-row'
import { DataTable } from '../../components/charts/data-table'
import type { ProgressData, ProgressPoint } from '../../domain/progress-series'
import type { ProgressSpec } from '../../domain/progress-specs'
import { useSourceRefs } from '../../state/use-source-refs'
import { useChartsText } from './charts-text'
import { useLang } from '../../state/use-t'

export interface ProgressRow {
  readonly spec: ProgressSpec
  readonly point: ProgressPoint
}

/** Every plotted claim, series by series in date order: exactly the marks the chart draws. */
export function progressRows(data: ProgressData): readonly ProgressRow[] {
  return data.series.flatMap((series) => series.points.map((point) => ({ spec: series.spec, point })))
}

interface ProgressTableProps {
  readonly panels: readonly ProgressData[]
  readonly seriesLabel: (key: string) => string
  /** Only the rows of this claim (a mark opened on the chart), under this caption. */
  readonly only?: { readonly claimId: string; readonly caption: string }
}

export function ProgressTable({ panels, seriesLabel, only }: ProgressTableProps) {
  const text = useChartsText()
  const lang = useLang()
  const sourceRefs = useSourceRefs()
  const rows = panels.flatMap(progressRows).filter(({ point }) => !only || point.claim.id === only.claimId)
  const caption = only?.caption ?? text.countsTitle
  const columns = [
    text.seriesColumn,
    text.dateColumn,
    text.valueColumn,
    text.claimantColumn,
    text.noteColumn,
    text.sources,
  ]
  return (
    <DataTable caption={caption} columns={columns}>
      {rows.map(({ spec, point }) => (
        <ClaimRow
          key={`${spec.key}-${point.claim.id}`}
          label={seriesLabel(spec.key)}
          point={point}
          unit={spec.unit}
          lang={lang}
          tags={text}
          sources={sourceRefs(point.claim.sources)}
        />
      ))}
    </DataTable>
  )
}
