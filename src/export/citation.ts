// What every exported file, image and printed deck says about itself: which data, which date, which slice,
// and the link that reopens the same view.
import type { ChartMarks } from '../domain/chart-scope'
import type { IsoDate } from '../domain/types'
import type { Lang } from '../i18n/lang'
import { formatDay } from '../lib/format'
import { exportText, type ExportTextKey } from './export-text'
import { DATA_LICENCE } from './licence'

/** The licence and whose words the quotes and source titles are, in one line. */
export function licenceLine(lang: Lang): string {
  return `${DATA_LICENCE.name} ${DATA_LICENCE.url}; ${exportText(lang, 'citation.thirdParty')}`
}

export interface Citation {
  readonly datasetVersion: string
  /** The latest dated fact in the data. */
  readonly dataAsOf: IsoDate
  /** The date the view shows statuses for. */
  readonly asOf: IsoDate
  readonly compare: IsoDate | null
  /** From oneLineFilterSummary(). */
  readonly filters: string
  readonly url: string
  readonly exportedOn: IsoDate
  /** false for a dataset the reader loaded: its licence is its owner's, not ours. */
  readonly licensed: boolean
}

export interface CitationOptions {
  /** ISO dates for files that scripts read; written-out dates for images and print. */
  readonly dates: 'iso' | 'written'
  readonly itemCount?: number
  /** What the date stands for: the items' statuses unless a chart's marks are deadlines or reported counts. */
  readonly marks?: ChartMarks
}

/** Label–value pairs in a fixed order, for file headers and image stamps. */
export function citationEntries(
  citation: Citation,
  lang: Lang,
  { dates, itemCount, marks = 'statuses' }: CitationOptions,
): readonly (readonly [string, string])[] {
  const text = (key: ExportTextKey) => exportText(lang, key)
  const day = (date: IsoDate) => (dates === 'iso' ? date : formatDay(date, lang))
  const entries: [string, string][] = [
    [text('citation.source'), text('citation.title')],
    [text('citation.datasetVersion'), citation.datasetVersion],
    [text('citation.dataAsOf'), day(citation.dataAsOf)],
    [text(`citation.asOf.${marks}`), day(citation.asOf)],
  ]
  if (citation.compare) entries.push([text('citation.compare'), day(citation.compare)])
  entries.push([text('citation.filters'), citation.filters])
  if (itemCount !== undefined) entries.push([text('citation.items'), String(itemCount)])
  entries.push([text('citation.url'), citation.url], [text('citation.exported'), day(citation.exportedOn)])
  if (citation.licensed) entries.push([text('citation.licence'), licenceLine(lang)])
  return entries
}

/** One sentence to paste under a quote or a chart: "how to cite this view". */
export function citationSentence(citation: Citation, lang: Lang): string {
  const day = (date: IsoDate) => formatDay(date, lang)
  const words = CITATION_SENTENCE[lang]
  const compare = citation.compare ? words.compare(day(citation.compare)) : ''
  const licence = citation.licensed ? ` ${exportText(lang, 'citation.licence')}: ${DATA_LICENCE.name}.` : ''
  return `${exportText(lang, 'citation.title')} (${words.version(citation.datasetVersion, day(citation.dataAsOf))}). ${words.statuses(day(citation.asOf))}${compare}; ${citation.filters}. ${citation.url} (${words.accessed(day(citation.exportedOn))}).${licence}`
}

const CITATION_SENTENCE: Record<
  Lang,
  {
    readonly compare: (day: string) => string
    readonly version: (version: string, dataAsOf: string) => string
    readonly statuses: (asOf: string) => string
    readonly accessed: (day: string) => string
  }
> = {
  en: {
    compare: (day) => `, compared with ${day}`,
    version: (version, dataAsOf) => `dataset version ${version}, data as of ${dataAsOf}`,
    statuses: (asOf) => `Statuses as of ${asOf}`,
    accessed: (day) => `accessed ${day}`,
  },
  ru: {
    compare: (day) => `, сравнение с ${day}`,
    version: (version, dataAsOf) => `версия данных ${version}, данные на ${dataAsOf}`,
    statuses: (asOf) => `Статусы на ${asOf}`,
    accessed: (day) => `дата обращения: ${day}`,
  },
}
