import { useLang } from '../../state/use-t'
import type { NumberedSource } from './deck'
import { SourceEntry } from './source-entry'

/** The deck's reference list: every source its slides cite, numbered as in the printed footnotes. */
export function SourcesSlide({ entries }: { readonly entries: readonly NumberedSource[] }) {
  const lang = useLang()
  return (
    <ol className="source-list">
      {entries.map((entry) => (
        <li key={entry.number} value={entry.number}>
          <SourceEntry source={entry.source} lang={lang} />
        </li>
      ))}
    </ol>
  )
}
