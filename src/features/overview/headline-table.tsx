import { describeClaimValue } from '../../components/charts/claim-value'
import { ScrollTable } from '../../components/charts/scroll-table'
import { DataText } from '../../components/data-text'
import { SourceRefs } from '../../components/source-refs'
import type { HeadlineRow } from '../../domain/headline-arc'
import { formatFuzzyDate } from '../../lib/format'
import { useSourceRefs } from '../../state/use-source-refs'
import { useLang } from '../../state/use-t'
import { useOverviewText } from './overview-text'

interface HeadlineTableProps {
  readonly rows: readonly HeadlineRow[]
  readonly caption: string
  readonly seriesLabel: (key: string) => string
}

/** What the headline chart draws, as a table: each figure with its claimant, each turning point, all sourced. */
export function HeadlineTable({ rows, caption, seriesLabel }: HeadlineTableProps) {
  const text = useOverviewText()
  const lang = useLang()
  const sourceRefs = useSourceRefs()
  return (
    <ScrollTable label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.whatColumn}</th>
            <th scope="col">{text.dateColumn}</th>
            <th scope="col">{text.reportedColumn}</th>
            <th scope="col">{text.claimantColumn}</th>
            <th scope="col">{text.noteColumn}</th>
            <th scope="col">{text.sources}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) =>
            row.kind === 'figure' ? (
              <tr key={row.id}>
                <th scope="row">{seriesLabel(row.spec.key)}</th>
                <td>{formatFuzzyDate(row.point.claim.date, lang)}</td>
                <td>{describeClaimValue(row.point.claim, row.spec.unit, lang)}</td>
                <td>
                  <DataText text={row.point.claim.claimant.label} lang={lang} />
                </td>
                <td>
                  {row.point.conflict ? <em className="tag">{text.disputed}</em> : null}
                  {row.point.claim.confidence === 'inferred' ? <em className="tag">{text.inferred}</em> : null}
                </td>
                <td>
                  <SourceRefs {...sourceRefs(row.point.claim.sources)} />
                </td>
              </tr>
            ) : (
              <tr key={row.id}>
                <th scope="row">{text.turningPointRow(row.marker.number)}</th>
                <td>{formatFuzzyDate(row.marker.event.date, lang)}</td>
                <td>
                  <DataText text={row.marker.event.title} lang={lang} />
                </td>
                <td>
                  {row.marker.event.actorLabels.map((label, index) => (
                    <span key={index} className="headline-table__actor">
                      <DataText text={label} lang={lang} />
                    </span>
                  ))}
                </td>
                <td />
                <td>
                  <SourceRefs {...sourceRefs(row.marker.event.sources)} />
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </ScrollTable>
  )
}
