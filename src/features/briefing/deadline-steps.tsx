import type { GanttData } from '../../domain/chart-series'
import { DataText } from '../../components/data-text'
import { OUTCOME_META } from '../../domain/outcome'
import type { OutcomeRecord } from '../../domain/types'
import { formatFuzzyDate, formatNumber } from '../../lib/format'
import { useLang } from '../../state/use-t'
import type { Lang } from '../../i18n/lang'
import { rowsWithSteps } from './deck'
import { useBriefingText } from './use-briefing-text'

/** "Moved (1 Apr 2022) → Dec 2022": one reported step of a deadline's outcome chain. */
function stepText(record: OutcomeRecord, lang: Lang): string {
  const meta = OUTCOME_META[record.outcome]
  const moved = record.movedTo ? ` → ${formatFuzzyDate(record.movedTo, lang)}` : ''
  return `${meta.label[lang]} (${formatFuzzyDate(record.date, lang)})${moved}`
}

/** Under the chart, in a line each: how long a deadline is overdue, and every step reported by the date. */
export function DeadlineSteps({ gantt }: { readonly gantt: GanttData }) {
  const text = useBriefingText()
  const lang = useLang()
  const rows = rowsWithSteps(gantt)
  if (rows.length === 0) return null
  return (
    <section className="deadline-steps" aria-label={text('deadlines.steps')}>
      <ul>
        {rows.map(({ target, state }) => (
          <li key={target.id}>
            <strong>
              <DataText text={target.title} lang={lang} />
            </strong>
            :{' '}
            {state.daysOverdue === null ? null : (
              <span className="deadline-steps__days">
                {text('deadline.overdue', { n: formatNumber(state.daysOverdue, lang) })}
                {state.chain.length > 0 ? ' · ' : ''}
              </span>
            )}
            {state.chain.map((record) => stepText(record, lang)).join(' → ')}
          </li>
        ))}
      </ul>
    </section>
  )
}
