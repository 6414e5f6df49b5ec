import { describeClaimValue } from '../../components/charts/claim-value'
import { DataText } from '../../components/data-text'
import { ScrollTable } from '../../components/charts/scroll-table'
import { SourceRefs } from '../../components/source-refs'
import type { ProgressData, ProgressPoint } from '../../domain/progress-series'
import type { ProgressSpec } from '../../domain/progress-specs'
import { formatFuzzyDate } from '../../lib/format'
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
  return (
    <ScrollTable label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.seriesColumn}</th>
            <th scope="col">{text.dateColumn}</th>
            <th scope="col">{text.valueColumn}</th>
            <th scope="col">{text.claimantColumn}</th>
            <th scope="col">{text.noteColumn}</th>
            <th scope="col">{text.sources}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ spec, point }) => (
            <tr key={`${spec.key}-${point.claim.id}`}>
              <th scope="row">{seriesLabel(spec.key)}</th>
              <td>{formatFuzzyDate(point.claim.date, lang)}</td>
              <td>{describeClaimValue(point.claim, spec.unit, lang)}</td>
              <td>
                <DataText text={point.claim.claimant.label} lang={lang} />
              </td>
              <td>
                {point.conflict ? <em className="tag">{text.disputed}</em> : null}
                {point.claim.confidence === 'inferred' ? <em className="tag">{text.inferred}</em> : null}
              </td>
              <td>
                <SourceRefs {...sourceRefs(point.claim.sources)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  )
}
