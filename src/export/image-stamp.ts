// The words stamped on an exported chart image, so a picture pasted into a slide or a story still carries its
// title, date, slice of the data and sources.
import { CHART_MARKS, type ChartId } from '../domain/chart-scope'
import { sourcesAsOf } from '../domain/sources'
import { textIn } from '../i18n/localized-text'
import type { Source } from '../domain/types'
import type { Lang } from '../i18n/lang'
import { formatDay, formatFuzzyDate } from '../lib/format'
import type { Citation } from './citation'
import { DATA_LICENCE } from './licence'
import { exportText } from './export-text'

export interface ImageStamp {
  readonly title: string
  readonly lines: readonly string[]
  readonly footer: readonly string[]
}

/** "Sources: SD0 The Moscow Times, 2 Dec 2019; S24 Meduza, 8 Dec 2019"; unresolved ids are kept as ids. */
export function sourceLine(sources: readonly (Source | string)[], lang: Lang): string {
  const parts = sources.map((source) =>
    typeof source === 'string'
      ? source
      : `${source.id} ${textIn(source.publisher, lang)}, ${formatFuzzyDate(source.date, lang)}`,
  )
  return `${exportText(lang, 'citation.sources')}: ${parts.join('; ')}`
}

/** Past this many sources a stamp lists their ids only: a paragraph of publishers would crowd out the chart. */
export const MAX_NAMED_SOURCES = 8

/**
 * The stamp for chart `chart` citing `sourceIds`: its date says what the chart's marks are (statuses, deadlines or
 * reported counts), and only sources published by that date are named.
 */
export function chartStamp(
  chart: ChartId,
  title: string,
  sourceIds: readonly string[],
  sourcesById: ReadonlyMap<string, Source>,
  citation: Citation,
  lang: Lang,
): ImageStamp {
  const sources = sourcesAsOf(sourceIds, sourcesById, citation.asOf).shown
  const text = (key: Parameters<typeof exportText>[1]) => exportText(lang, key)
  const dates = [`${text(`citation.asOf.${CHART_MARKS[chart]}`)} ${formatDay(citation.asOf, lang)}`]
  if (citation.compare) dates.push(`${text('citation.compare')} ${formatDay(citation.compare, lang)}`)
  return {
    title,
    lines: [dates.join(' · '), `${text('citation.filters')}: ${citation.filters}`],
    footer: [
      ...(sources.length === 0
        ? []
        : sources.length > MAX_NAMED_SOURCES
          ? [
              `${sourceLine(
                sources.map((source) => (typeof source === 'string' ? source : source.id)),
                lang,
              )} ${text('citation.sourcesNamedInView')}`,
            ]
          : [sourceLine(sources, lang)]),
      `${text('citation.title')}, ${text('citation.datasetVersion').toLowerCase()} ${citation.datasetVersion} · ${citation.url}${citation.licensed ? ` · ${DATA_LICENCE.name}` : ''}`,
    ],
  }
}
