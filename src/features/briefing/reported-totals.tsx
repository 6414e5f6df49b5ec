import type { ReportedVsKnown } from '../../domain/reported-vs-known'
import { describeClaimValue } from '../../components/charts/claim-value'
import { claimantName } from '../../domain/names'
import { formatFuzzyDate, formatNumber } from '../../lib/format'
import { useLang } from '../../state/use-t'
import { useBriefingText } from './use-briefing-text'

/** Reported totals beside what the items' own statuses give on the date, and why the two differ. */
export function ReportedTotals({ reported }: { readonly reported: readonly ReportedVsKnown[] }) {
  const text = useBriefingText()
  const lang = useLang()
  const [first] = reported
  if (!first) return null
  return (
    <section className="reported-totals" aria-label={text('status.mismatch')}>
      <ul className="reported-totals__lines">
        {reported.map((entry) => {
          const metric = text(entry.metric === 'open' ? 'metric.open' : 'metric.agreed')
          return [
            ...entry.claims.map((claim) => (
              <li key={claim.id}>
                {text('status.reported', {
                  date: formatFuzzyDate(claim.date, lang),
                  value: describeClaimValue(claim, 'count', lang),
                  metric,
                  claimant: claimantName(claim.claimant, lang),
                })}
              </li>
            )),
            <li key={entry.metric}>
              {text('status.known', {
                known: formatNumber(entry.known, lang),
                metric,
                unattributed: formatNumber(entry.unattributed, lang),
              })}
            </li>,
          ]
        })}
      </ul>
      {/* Every entry counts the same items on the same date, so they share one number of unattributed items. */}
      <p className="reported-totals__why">{text('status.why', { n: formatNumber(first.unattributed, lang) })}</p>
    </section>
  )
}
