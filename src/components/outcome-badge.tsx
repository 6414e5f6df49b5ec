import { OUTCOME_META } from '../domain/outcome'
import type { DeadlineStatus, Outcome } from '../domain/vocabulary'
import type { Lang } from '../i18n/lang'
import { TermBadge } from './term-badge'

export function OutcomeBadge({ outcome, lang }: { readonly outcome: Outcome | DeadlineStatus; readonly lang: Lang }) {
  return <TermBadge meta={OUTCOME_META[outcome]} lang={lang} data={{ 'data-outcome': outcome }} />
}
