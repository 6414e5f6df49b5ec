import { Suspense } from 'react'
import { StatusBadge } from '../../components/status-badge'
import { formatDay, formatNumber } from '../../lib/format'
import { useLang } from '../../state/use-t'
import type { Slide } from './deck'
import { LazyStatusBarChart } from './lazy-charts'
import { ReportedTotals } from './reported-totals'
import { useBriefingText } from './use-briefing-text'

type StatusSlideData = Extract<Slide, { kind: 'status' }>

/**
 * The status split of the step's items on its date, as a bar, then which items hold each status; a reported
 * total that the statuses do not add up to is shown beside them.
 */
export function StatusSlide({ slide, title }: { readonly slide: StatusSlideData; readonly title: string }) {
  const text = useBriefingText()
  const lang = useLang()
  const { series } = slide
  if (series.emptyReason) return <p className="slide__empty">{text('status.empty')}</p>
  return (
    <>
      <p className="slide__lede">
        {text('status.summary', { total: formatNumber(series.total, lang), date: formatDay(slide.view.asOf, lang) })}
      </p>
      <Suspense fallback={<div className="slide__chart-placeholder" />}>
        <LazyStatusBarChart slices={series.slices} total={series.total} lang={lang} title={title} />
      </Suspense>
      <table className="slide-table">
        <tbody>
          {slide.groups.map((group) => (
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
