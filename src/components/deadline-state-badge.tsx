import type { OutcomeState } from '../domain/deadlines'
import { formatDay, formatDaysOverdue } from '../lib/format'
import type { Lang } from '../state/view'
import { OutcomeBadge } from './outcome-badge'

/** A deadline's state on the date: its badge, how long it has been overdue, or the date it was moved to. */
export function DeadlineStateBadge({
  state,
  lang,
  movedToLabel,
}: {
  readonly state: OutcomeState
  readonly lang: Lang
  readonly movedToLabel: string
}) {
  return (
    <span className="deadline-state">
      <OutcomeBadge outcome={state.outcome} lang={lang} />
      {state.daysOverdue !== null ? (
        <span className="deadline-state__note">{formatDaysOverdue(state.daysOverdue, lang)}</span>
      ) : state.outcome === 'moved' ? (
        <span className="deadline-state__note">
          {movedToLabel} {formatDay(state.due, lang)}
        </span>
      ) : null}
    </span>
  )
}
