import { OutcomeBadge } from '../../components/outcome-badge'
import type { GanttData } from '../../domain/chart-series'
import { OUTCOME_META } from '../../domain/outcome'
import type { OutcomeRecord } from '../../domain/types'
import { formatFuzzyDate, formatNumber } from '../../lib/format'
import { useLang } from '../../state/use-t'
import type { Lang } from '../../state/view'
import { ganttRowsOf } from './deck'
import { useBriefingText } from './use-briefing-text'

/** "Moved (1 Apr 2022) → Dec 2022": one reported step of a deadline's outcome chain. */
function stepText(record: OutcomeRecord, lang: Lang): string {
  const meta = OUTCOME_META[record.outcome]
  const moved = record.movedTo ? ` → ${formatFuzzyDate(record.movedTo, lang)}` : ''
  return `${lang === 'ru' ? meta.labelRu : meta.label} (${formatFuzzyDate(record.date, lang)})${moved}`
}

/** Each deadline on the page with its state on the date (days overdue) and every step reported by then. */
export function DeadlineSteps({ gantt }: { readonly gantt: GanttData }) {
  const text = useBriefingText()
  const lang = useLang()
  return (
    <table className="slide-table deadline-steps">
      <caption className="visually-hidden">{text('deadlines.steps')}</caption>
      <tbody>
        {ganttRowsOf(gantt).map(({ target, state }) => (
          <tr key={target.id}>
            <th scope="row">{target.title}</th>
            <td>
              <OutcomeBadge outcome={state.outcome} lang={lang} />
              {state.daysOverdue === null ? null : (
                <span className="deadline-steps__days">
                  {text('deadline.overdue', { n: formatNumber(state.daysOverdue, lang) })}
                </span>
              )}
            </td>
            <td className="deadline-steps__chain">{state.chain.map((record) => stepText(record, lang)).join(' · ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
