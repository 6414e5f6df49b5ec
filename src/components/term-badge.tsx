import type { CSSProperties } from 'react'
import type { TermMeta } from '../domain/term-meta'
import type { Lang } from '../i18n/lang'

interface TermBadgeProps {
  readonly meta: TermMeta
  readonly lang: Lang
  /** data-status="open" or data-outcome="missed": lets tests and print styles find the term. */
  readonly data: { readonly 'data-status': string } | { readonly 'data-outcome': string }
}

/** Icon + label + colour: a status or outcome never rests on colour alone. */
export function TermBadge({ meta, lang, data }: TermBadgeProps) {
  return (
    <span className="badge" {...data} style={{ '--badge-colour': `var(${meta.token})` } as CSSProperties}>
      <span className="badge__icon" aria-hidden="true">
        {meta.icon}
      </span>
      {meta.label[lang]}
    </span>
  )
}
