import { SourceRefs } from '../../components/source-refs'
import { DataText } from '../../components/data-text'
import { StatusBadge } from '../../components/status-badge'
import { STATUS_META } from '../../domain/status'
import type { StatusChange } from '../../domain/types'
import { formatFuzzyDate } from '../../lib/format'
import { useLang } from '../../state/use-t'
import { useSourceRefs } from '../../state/use-source-refs'
import { useBoardText } from './board-text'

export function ChangeEntry({ change }: { readonly change: StatusChange }) {
  const lang = useLang()
  const text = useBoardText()
  const sourceRefs = useSourceRefs()
  return (
    <>
      <p className="board-timeline__date">
        {formatFuzzyDate(change.date, lang)}
        {change.date.note ? (
          <span className="muted">
            {' '}
            (<DataText text={change.date.note} lang={lang} />)
          </span>
        ) : null}
      </p>
      <p className="board-timeline__status">
        <StatusBadge status={change.status} lang={lang} />
        {change.confidence === 'inferred' ? <em className="tag">{text.inferred}</em> : null}
      </p>
      <p className="board-timeline__summary">
        <DataText text={change.summary} lang={lang} />
      </p>
      <p className="board-timeline__who">
        {text.by} <DataText text={change.claimant.label} lang={lang} /> <SourceRefs {...sourceRefs(change.sources)} />
      </p>
    </>
  )
}

/** Dated status reports as a small vertical timeline, each marked in its status colour (with icon and label). */
export function StatusTimeline({ history }: { readonly history: readonly StatusChange[] }) {
  return (
    <ol className="board-timeline">
      {history.map((change, index) => (
        <li
          key={index}
          className="board-timeline__entry"
          style={{ '--badge-colour': `var(${STATUS_META[change.status].token})` } as React.CSSProperties}
        >
          <ChangeEntry change={change} />
        </li>
      ))}
    </ol>
  )
}
