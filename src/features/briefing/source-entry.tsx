import type { Source } from '../../domain/types'
import { DataText } from '../../components/data-text'
import { SourceTitle } from '../../components/source-title'
import { formatFuzzyDate } from '../../lib/format'
import type { Lang } from '../../i18n/lang'

/** The id of a numbered entry on the sources slides, which printed footnotes link to. */
export const sourceAnchor = (number: number) => `deck-source-${number}`

const isSafeUrl = (url: string) => /^https?:\/\//i.test(url)

/** One source as a reference list gives it: publisher, title, date and link (the full address when printed). */
export function SourceEntry({ source, lang }: { readonly source: Source | string; readonly lang: Lang }) {
  if (typeof source === 'string') return <span className="source-entry">{source}</span>
  return (
    <span className="source-entry">
      <span className="source-entry__id">[{source.id}]</span> <DataText text={source.publisher} lang={lang} />. “
      <SourceTitle source={source} lang={lang} />” ({formatFuzzyDate(source.date, lang)}).{' '}
      {source.url && isSafeUrl(source.url) ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer" className="source-entry__link">
          <span className="source-entry__host">{new URL(source.url).hostname}</span>
          <span className="source-entry__url">{source.url}</span>
        </a>
      ) : null}
    </span>
  )
}
