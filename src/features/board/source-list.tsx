import type { Source } from '../../domain/types'
import { DataText } from '../../components/data-text'
import { SourceTitle } from '../../components/source-title'
import { formatFuzzyDate } from '../../lib/format'
import { sourcesAsOf } from '../../domain/sources'
import { useAsOf, useDataset } from '../../state/derived'
import { useLang, useT } from '../../state/use-t'
import { useBoardText } from './board-text'

const isSafeUrl = (url: string | null): url is string => url !== null && /^https?:\/\//i.test(url)

function SourceEntry({ source }: { readonly source: Source }) {
  const lang = useLang()
  const text = useBoardText()
  return (
    <li className="board-source-list__entry">
      <span className="board-source-list__id">{source.id}</span>{' '}
      {isSafeUrl(source.url) ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          <SourceTitle source={source} lang={lang} />
        </a>
      ) : (
        <span>
          <SourceTitle source={source} lang={lang} />
        </span>
      )}
      <span className="muted">
        {' '}
        — <DataText text={source.publisher} lang={lang} />, {formatFuzzyDate(source.date, lang)}
      </span>
      {source.seedFile ? (
        <span className="board-source-list__seed">
          {text.seedArticle}: <code>{source.seedFile}</code>
        </span>
      ) : null}
      {!isSafeUrl(source.url) && !source.seedFile ? <span className="muted"> ({text.noLink})</span> : null}
    </li>
  )
}

/** Every source cited, as links, that was out by the date; seed articles are named by their file. */
export function SourceList({ ids, labelledBy }: { readonly ids: readonly string[]; readonly labelledBy: string }) {
  const dataset = useDataset()
  const asOf = useAsOf()
  const t = useT()
  const { shown, later } = sourcesAsOf(ids, dataset.sourcesById, asOf)
  return (
    <ul className="board-source-list" aria-labelledby={labelledBy}>
      {shown.map((source) =>
        typeof source === 'string' ? (
          <li key={source} className="board-source-list__entry muted">
            {source}: {t('sources.unknown')}
          </li>
        ) : (
          <SourceEntry key={source.id} source={source} />
        ),
      )}
      {later > 0 ? (
        <li className="board-source-list__entry muted">
          +{later} {t('sources.later')}
        </li>
      ) : null}
    </ul>
  )
}
