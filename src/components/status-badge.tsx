import { STATUS_META } from '../domain/status'
import type { Status } from '../domain/vocabulary'
import type { Lang } from '../i18n/lang'
import { TermBadge } from './term-badge'

export function StatusBadge({ status, lang }: { readonly status: Status; readonly lang: Lang }) {
  return <TermBadge meta={STATUS_META[status]} lang={lang} data={{ 'data-status': status }} />
}
