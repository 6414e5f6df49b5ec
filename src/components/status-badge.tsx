import { STATUS_META } from '../domain/status'
import type { Status } from '../domain/vocabulary'
import type { Lang } from '../state/view'

interface StatusBadgeProps {
  readonly status: Status
  readonly lang: Lang
}

/** Icon + label + colour: status never rests on colour alone. */
export function StatusBadge({ status, lang }: StatusBadgeProps) {
  const meta = STATUS_META[status]
  return (
    <span
      className="badge"
      data-status={status}
      style={{ '--badge-colour': `var(${meta.token})` } as React.CSSProperties}
    >
      <span className="badge__icon" aria-hidden="true">
        {meta.icon}
      </span>
      {lang === 'ru' ? meta.labelRu : meta.label}
    </span>
  )
}
