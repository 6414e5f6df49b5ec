import { OUTCOME_META } from '../domain/outcome'
import type { Outcome } from '../domain/vocabulary'
import type { Lang } from '../state/view'

interface OutcomeBadgeProps {
  readonly outcome: Outcome
  readonly lang: Lang
}

export function OutcomeBadge({ outcome, lang }: OutcomeBadgeProps) {
  const meta = OUTCOME_META[outcome]
  return (
    <span
      className="badge"
      data-outcome={outcome}
      style={{ '--badge-colour': `var(${meta.token})` } as React.CSSProperties}
    >
      <span className="badge__icon" aria-hidden="true">
        {meta.icon}
      </span>
      {lang === 'ru' ? meta.labelRu : meta.label}
    </span>
  )
}
