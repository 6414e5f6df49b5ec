// What became of an item, in one line: the status of the last step known on the date (the programme that took a
// roadmap over, else the item itself), its latest deadline's state, and what stays undocumented.
import type { Fate } from '../domain/lineage'
import { formatFuzzyDate } from '../lib/format'
import type { Lang } from '../i18n/lang'
import { DataText } from './data-text'
import { DeadlineStateBadge, type DeadlineStateLabels } from './deadline-state-badge'
import { StatusBadge } from './status-badge'
import './lineage-link.css'

export interface FateLabels extends DeadlineStateLabels {
  readonly latestDeadline: string
  readonly successorUndocumented: string
  readonly notDocumented: string
}

interface FateLineProps {
  readonly fate: Fate
  /** The item the line is about: its own id is not repeated before its status. */
  readonly itemId: string
  readonly lang: Lang
  readonly labels: FateLabels
  readonly onOpenDeadline: (targetId: string) => void
}

export function FateLine({ fate, itemId, lang, labels, onOpenDeadline }: FateLineProps) {
  const { deadline } = fate
  if (fate.steps.length === 0 && deadline === null) return <span className="fate-line">{labels.notDocumented}</span>
  return (
    <span className="fate-line">
      {fate.steps.map(({ item, change }) => (
        <span key={item.id} className="fate-line__step">
          {item.id === itemId ? null : `${item.id}: `}
          <StatusBadge status={change.status} lang={lang} /> ({formatFuzzyDate(change.date, lang)})
        </span>
      ))}
      {fate.successorUndocumented ? <span className="fate-line__part">{labels.successorUndocumented}</span> : null}
      {deadline ? (
        <span className="fate-line__part">
          {labels.latestDeadline}:{' '}
          <button type="button" className="link-button" onClick={() => onOpenDeadline(deadline.target.id)}>
            <DataText text={deadline.target.title} lang={lang} />
          </button>{' '}
          <DeadlineStateBadge state={deadline.state} lang={lang} labels={labels} />
        </span>
      ) : null}
    </span>
  )
}
