import { assertNever } from '../../domain/assert-never'
import { formatNumber } from '../../lib/format'
import type { Lang } from '../../i18n/lang'
import type { ImportOutcome } from './custom-data-actions'
import type { CustomDataText } from './custom-data-messages'

/** What the dialog reports: an import's progress or result, or a note after a download or revert. */
export type DialogReport = ImportOutcome | { readonly kind: 'note'; readonly text: string }

export function reportText(report: DialogReport | null, text: CustomDataText, lang: Lang): string {
  if (report === null) return ''
  switch (report.kind) {
    case 'checking':
      return `${text.checking} ${report.name}…`
    case 'loaded': {
      const { roadmaps, programmes, sources, events } = report.summary
      const counts = [
        `${text.roadmaps}: ${formatNumber(roadmaps, lang)}`,
        `${text.programmes}: ${formatNumber(programmes, lang)}`,
        `${text.sources}: ${formatNumber(sources, lang)}`,
        `${text.events}: ${formatNumber(events, lang)}`,
      ].join(', ')
      const keptBefore = report.keptBefore === null ? '' : ` ${text.keptBefore} ${report.keptBefore}.`
      return `${text.loaded} ${report.name} (${counts}). ${text.replaces} ${report.kept ? text.kept : text.notKept}${keptBefore}`
    }
    case 'rejected':
      // The error table below is announced as an alert; saying it here too would repeat it.
      return ''
    case 'unavailable':
      return `${report.name}: ${text.codeFailed}`
    case 'note':
      return report.text
    default:
      return assertNever(report)
  }
}
