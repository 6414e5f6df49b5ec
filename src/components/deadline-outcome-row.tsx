import type { OutcomeState } from '../domain/deadlines'
import type { Target } from '../domain/types'
import { formatFuzzyDate } from '../lib/format'
import type { Lang } from '../state/view'
import { OutcomeBadge } from './outcome-badge'
import { SourceRefs, type SourceRefsProps } from './source-refs'

interface DeadlineOutcomeRowProps {
  readonly target: Target
  readonly state: OutcomeState
  readonly lang: Lang
  /** Built by the caller from outcomeSources(): the outcome report's sources, else the target's. */
  readonly sources: SourceRefsProps
}

/** One deadline as a table row: target, due date, what became of it, and the sources for that. */
export function DeadlineOutcomeRow({ target, state, lang, sources }: DeadlineOutcomeRowProps) {
  return (
    <tr>
      <th scope="row">{target.title}</th>
      <td>
        {formatFuzzyDate(target.due, lang)}
        {target.dueNote ? <span className="muted"> ({target.dueNote})</span> : null}
      </td>
      <td>
        <OutcomeBadge outcome={state.outcome} lang={lang} />
        {state.record ? <span className="cell-note">{state.record.summary}</span> : null}
      </td>
      <td>
        <SourceRefs {...sources} />
      </td>
    </tr>
  )
}
