import { formatNumber } from '../../lib/format'
import { useLang } from '../../state/use-t'
import type { NumberedSource } from './deck'
import { SourceEntry, sourceAnchor } from './source-entry'
import { useBriefingText } from './use-briefing-text'

interface SourcesSlideProps {
  readonly entries: readonly NumberedSource[]
  /** Cited sources published after the date of the slide citing them, left out: said, never listed. */
  readonly later: number
}

/** The deck's reference list (or one part of it): every source its slides cite, numbered as in their footnotes. */
export function SourcesSlide({ entries, later }: SourcesSlideProps) {
  const lang = useLang()
  const text = useBriefingText()
  return (
    <>
      <ol className="source-list">
        {entries.map((entry) => (
          <li key={entry.number} value={entry.number} id={sourceAnchor(entry.number)}>
            <SourceEntry source={entry.source} lang={lang} />
          </li>
        ))}
      </ol>
      {later > 0 ? <p className="slide__note">{text('sources.later', { n: formatNumber(later, lang) })}</p> : null}
    </>
  )
}
