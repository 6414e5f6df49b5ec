import { ClaimRow } from '../../components/charts/claim-row'
import { DataTable } from '../../components/charts/data-table'
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
  const columns = [
    text.whatColumn,
    text.dateColumn,
    text.reportedColumn,
    text.claimantColumn,
    text.noteColumn,
    text.sources,
  ]
  return (
    <DataTable caption={caption} columns={columns}>
      {rows.map((row) =>
        row.kind === 'figure' ? (
          <ClaimRow
            key={row.id}
            label={seriesLabel(row.spec.key)}
            point={row.point}
            unit={row.spec.unit}
            lang={lang}
            tags={text}
            sources={sourceRefs(row.point.claim.sources)}
          />
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
    </DataTable>
  )
}
