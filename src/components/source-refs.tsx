import type { Source } from '../domain/types'

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
  /** The title as published, for the hover text. */
  readonly formatTitle: (source: Source) => string
}

const isSafeUrl = (url: string) => /^https?:\/\//i.test(url)

function describe(source: Source, seedLabel: string, title: string, date: string): string {
  const seed = source.seedFile ? ` (${seedLabel} ${source.seedFile})` : ''
  return `${source.publisher}: ${title}, ${date}${seed}`
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
  formatTitle,
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
        const description = describe(source, seedLabel, formatTitle(source), formatDate(source))
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
              {description}
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
