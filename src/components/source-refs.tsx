import type { Source } from '../domain/types'
import { DataText } from './data-text'
import { SourceTitle } from './source-title'
import type { Lang } from '../i18n/lang'
import { textIn } from '../i18n/localized-text'

export interface SourceRefsProps {
  /** Resolved sources; ids that did not resolve are passed as strings and shown as such. */
  readonly shown: readonly (Source | string)[]
  /** Sources published after the date on screen: counted, never named. */
  readonly later: number
  readonly label: string
  readonly laterLabel: string
  readonly seedLabel: string
  readonly unknownLabel: string
  readonly formatDate: (source: Source) => string
  readonly lang: Lang
}

const isSafeUrl = (url: string) => /^https?:\/\//i.test(url)

/** The source in the reader's language, for the link's accessible name. */
function describe(source: Source, seedLabel: string, lang: Lang, date: string): string {
  const seed = source.seedFile ? ` (${seedLabel} ${source.seedFile})` : ''
  return `${textIn(source.publisher, lang)}: ${textIn(source.title, lang)}, ${date}${seed}`
}

/** Source ids as links; the publisher, title and date show on hover and keyboard focus. */
export function SourceRefs({
  shown,
  later,
  label,
  laterLabel,
  seedLabel,
  unknownLabel,
  formatDate,
  lang,
}: SourceRefsProps) {
  if (shown.length === 0 && later === 0) return null
  return (
    <span className="source-refs">
      <span className="visually-hidden">{label}: </span>
      {shown.map((source) => {
        if (typeof source === 'string') {
          return (
            <span key={source} className="source-ref source-ref--missing">
              [{source}: {unknownLabel}]
            </span>
          )
        }
        const description = describe(source, seedLabel, lang, formatDate(source))
        return source.url && isSafeUrl(source.url) ? (
          <a
            key={source.id}
            className="source-ref"
            href={source.url}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={`${source.id}: ${description}`}
          >
            [{source.id}]
            <span className="source-tip" aria-hidden="true">
              <DataText text={source.publisher} lang={lang} />: <SourceTitle source={source} lang={lang} />,{' '}
              {formatDate(source)}
            </span>
          </a>
        ) : (
          <span key={source.id} className="source-ref">
            [{source.id}: {description}]
          </span>
        )
      })}
      {later > 0 ? (
        <span className="source-ref source-ref--later">
          +{later} {laterLabel}
        </span>
      ) : null}
    </span>
  )
}
