import type { OutcomeState } from '../domain/deadlines'
import { formatDay, formatDayCount } from '../lib/format'
import type { Lang } from '../i18n/lang'
import { OutcomeBadge } from './outcome-badge'

export interface DeadlineStateLabels {
  readonly movedTo: string
  readonly since: string
}

/** A deadline's state on the date: its badge, how long it has been overdue and since when, or its new date. */
export function DeadlineStateBadge({
  state,
  lang,
  labels,
}: {
  readonly state: OutcomeState
  readonly lang: Lang
  readonly labels: DeadlineStateLabels
}) {
  return (
    <span className="deadline-state">
      <OutcomeBadge outcome={state.outcome} lang={lang} />
      {state.daysOverdue !== null ? (
        <span className="deadline-state__note">
          {formatDayCount(state.daysOverdue, lang)} {labels.since} {formatDay(state.due, lang)}
        </span>
      ) : state.outcome === 'moved' ? (
        <span className="deadline-state__note">
          {labels.movedTo} {formatDay(state.due, lang)}
        </span>
      ) : null}
    </span>
  )
}
