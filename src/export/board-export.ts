// The filtered board as a file: one record per item with the status it had on the view's date, who reported
// it and from which sources (those published by then), and what had become of the deadlines that apply to it.
import { isTargetKnownAt, outcomeAsOf, targetsForItem } from '../domain/deadlines'
import { statusAsOf } from '../domain/items'
import { OUTCOME_META } from '../domain/outcome'
import { sourcesAsOf } from '../domain/sources'
import { STATUS_META } from '../domain/status'
import type { Confidence, IsoDate, Item, ItemSet, Source, Target, TitleStatus } from '../domain/types'
import type { DeadlineStatus, Status } from '../domain/vocabulary'
import type { Lang } from '../i18n/lang'
import { citationEntries, licenceLine, type Citation } from './citation'
import { DATA_LICENCE } from './licence'
import { csvWithCitation } from './csv'
import { exportText } from './export-text'
import { textIn } from '../i18n/localized-text'
import { claimantShortName, itemTitle, topicName, type NameLookups } from '../domain/names'

export interface DeadlineRecord {
  readonly id: string
  readonly title: string
  readonly due: string
  readonly outcome: DeadlineStatus
  readonly outcomeLabel: string
  /** Days past the due date in force with no result reported; null unless overdue. */
  readonly daysOverdue: number | null
}

export interface BoardRecord {
  readonly id: string
  readonly set: ItemSet
  /** null: no title was ever published. */
  readonly title: string | null
  readonly titleStatus: TitleStatus
  readonly topics: readonly string[]
  readonly topicLabels: readonly string[]
  readonly status: Status
  readonly statusLabel: string
  /** As precise as the report: YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly statusDate: string
  readonly statusReportedBy: string
  readonly statusConfidence: Confidence
  readonly statusSummary: string
  readonly statusSources: readonly string[]
  readonly deadlines: readonly DeadlineRecord[]
  readonly sources: readonly string[]
}

export interface BoardExportContext {
  readonly names: NameLookups
  readonly targets: readonly Target[]
  readonly sourcesById: ReadonlyMap<string, Source>
  readonly asOf: IsoDate
  readonly lang: Lang
}

function deadlineRecord(target: Target, asOf: IsoDate, lang: Lang): DeadlineRecord {
  const { outcome, daysOverdue } = outcomeAsOf(target, asOf)
  const meta = OUTCOME_META[outcome]
  return {
    id: target.id,
    title: textIn(target.title, lang),
    due: target.due.value,
    outcome,
    outcomeLabel: meta.label[lang],
    daysOverdue,
  }
}

/**
 * The board's items in the board's order. Items with no status on the date (not yet listed) are not on the board,
 * so they are skipped here too.
 */
export function boardRecords(items: readonly Item[], context: BoardExportContext): readonly BoardRecord[] {
  const { names, targets, sourcesById, asOf, lang } = context
  // A source published after the date is not cited, as on screen.
  const citable = (ids: readonly string[]) =>
    sourcesAsOf(ids, sourcesById, asOf).shown.map((source) => (typeof source === 'string' ? source : source.id))
  return items.flatMap((item) => {
    const change = statusAsOf(item, asOf)
    if (!change) return []
    const meta = STATUS_META[change.status]
    const deadlines = targetsForItem(targets, item.id)
      .filter((target) => isTargetKnownAt(target, asOf))
      .map((target) => deadlineRecord(target, asOf, lang))
    return [
      {
        id: item.id,
        set: item.set,
        title: itemTitle(item, lang),
        titleStatus: item.titleStatus,
        topics: item.topics,
        topicLabels: item.topics.map((id) => topicName(names, id, lang)),
        status: change.status,
        statusLabel: meta.label[lang],
        statusDate: change.date.value,
        statusReportedBy: claimantShortName(names, change.claimant, lang),
        statusConfidence: change.confidence,
        statusSummary: textIn(change.summary, lang),
        statusSources: citable(change.sources),
        deadlines,
        sources: citable(item.sources),
      },
    ]
  })
}

/** Column names in the reader's language: the board file is for reading in a spreadsheet (the data zip keeps keys). */
export const BOARD_CSV_HEADER: Record<Lang, readonly string[]> = {
  en: [
    'id',
    'set',
    'title',
    'title_status',
    'topics',
    'status',
    'status_label',
    'status_date',
    'status_reported_by',
    'status_confidence',
    'status_summary',
    'status_sources',
    'deadlines',
    'sources',
  ],
  ru: [
    'id',
    'набор',
    'название',
    'статус_названия',
    'темы',
    'статус',
    'статус_подпись',
    'дата_статуса',
    'кто_сообщил',
    'достоверность',
    'сообщение',
    'источники_статуса',
    'сроки',
    'источники',
  ],
}

function deadlineCell(deadline: DeadlineRecord, lang: Lang): string {
  const days = deadline.daysOverdue === null ? '' : ` (${deadline.daysOverdue} ${exportText(lang, 'deadline.days')})`
  return `${deadline.id} ${deadline.title} (${deadline.due}): ${deadline.outcomeLabel}${days}`
}

export function boardCsv(records: readonly BoardRecord[], citation: Citation, lang: Lang): string {
  const rows = records.map((record) => [
    record.id,
    record.set,
    record.title ?? exportText(lang, 'title.notPublic'),
    record.titleStatus,
    record.topicLabels.join('; '),
    record.status,
    record.statusLabel,
    record.statusDate,
    record.statusReportedBy,
    record.statusConfidence,
    record.statusSummary,
    record.statusSources.join(' '),
    record.deadlines.map((deadline) => deadlineCell(deadline, lang)).join('; '),
    record.sources.join(' '),
  ])
  const header = citationEntries(citation, lang, { dates: 'iso', itemCount: records.length })
  return csvWithCitation(header, BOARD_CSV_HEADER[lang], rows)
}

export function boardJson(records: readonly BoardRecord[], citation: Citation, lang: Lang): string {
  const document = {
    citation: {
      title: exportText(lang, 'citation.title'),
      datasetVersion: citation.datasetVersion,
      dataAsOf: citation.dataAsOf,
      asOf: citation.asOf,
      compare: citation.compare,
      filters: citation.filters,
      url: citation.url,
      exportedOn: citation.exportedOn,
      itemCount: records.length,
      licence: citation.licensed ? { name: DATA_LICENCE.name, url: DATA_LICENCE.url, note: licenceLine(lang) } : null,
    },
    items: records,
  }
  return `${JSON.stringify(document, null, 2)}\n`
}
