import type { OutcomeState } from '../domain/deadlines'
import { DataText } from './data-text'
import { DueNote } from './due-note'
import type { Target } from '../domain/types'
import { formatFuzzyDate } from '../lib/format'
import type { Lang } from '../i18n/lang'
import { DeadlineStateBadge, type DeadlineStateLabels } from './deadline-state-badge'
import { ChainTrail, type OutcomeChainLabels } from './outcome-chain'
import { SourceRefs, type SourceRefsProps } from './source-refs'

interface DeadlineOutcomeRowProps {
  readonly target: Target
  readonly state: OutcomeState
  readonly lang: Lang
  /** Built by the caller from outcomeSources(): the outcome report's sources, else the target's. */
  readonly sources: SourceRefsProps
  readonly labels: DeadlineStateLabels & Pick<OutcomeChainLabels, 'metOn'>
  /** Opens the deadline's own detail. */
  readonly onOpen: (targetId: string) => void
}

/** One deadline as a table row: target, due date, what became of it step by step, and the sources for that. */
export function DeadlineOutcomeRow({ target, state, lang, sources, labels, onOpen }: DeadlineOutcomeRowProps) {
  return (
    <tr>
      <th scope="row">
        <button type="button" className="link-button" onClick={() => onOpen(target.id)}>
          <DataText text={target.title} lang={lang} />
        </button>
      </th>
      <td>
        {formatFuzzyDate(target.due, lang)}
        <DueNote target={target} lang={lang} />
      </td>
      <td>
        <DeadlineStateBadge state={state} lang={lang} labels={labels} />
        {state.record ? (
          <span className="cell-note">
            <DataText text={state.record.summary} lang={lang} />
          </span>
        ) : null}
        {state.chain.length > 1 ? <ChainTrail chain={state.chain} lang={lang} labels={labels} /> : null}
      </td>
      <td>
        <SourceRefs {...sources} />
      </td>
    </tr>
  )
}
