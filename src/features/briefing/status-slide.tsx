import { Suspense, useMemo } from 'react'
import { StatusBadge } from '../../components/status-badge'
import { groupByStatus } from '../../domain/aggregate'
import { formatDay, formatNumber } from '../../lib/format'
import { useAsOf, useFilteredItems, useStatusSeries } from '../../state/derived'
import { useLang } from '../../state/use-t'
import { itemIds, type Slide } from './deck'
import { LazyStatusBarChart } from './lazy-charts'
import { ReportedTotals } from './reported-totals'
import { useBriefingText } from './use-briefing-text'

type StatusSlideData = Extract<Slide, { kind: 'status' }>

/**
 * The status split of the items on the board, as a bar, then which items hold each status; a reported total
 * that the statuses do not add up to is shown beside them.
 */
export function StatusSlide({ slide, title }: { readonly slide: StatusSlideData; readonly title: string }) {
  const text = useBriefingText()
  const lang = useLang()
  const asOf = useAsOf()
  const { series } = useStatusSeries()
  const rows = useFilteredItems()
  const groups = useMemo(
    () =>
      groupByStatus(rows).map((group) => ({
        status: group.status,
        count: group.rows.length,
        ids: itemIds(group.rows.map((row) => row.item)),
      })),
    [rows],
  )
  if (series.emptyReason) return <p className="slide__empty">{text('status.empty')}</p>
  return (
    <>
      <p className="slide__lede">
        {text('status.summary', { total: formatNumber(series.total, lang), date: formatDay(asOf, lang) })}
      </p>
      <Suspense fallback={<div className="slide__chart-placeholder" />}>
        <LazyStatusBarChart slices={series.slices} total={series.total} lang={lang} title={title} />
      </Suspense>
      <table className="slide-table">
        <tbody>
          {groups.map((group) => (
            <tr key={group.status}>
              <th scope="row">
                <StatusBadge status={group.status} lang={lang} />
              </th>
              <td className="slide-table__count">{formatNumber(group.count, lang)}</td>
              <td className="slide-table__ids">{group.ids}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ReportedTotals reported={slide.reported} />
    </>
  )
}
