import { DataText } from '../../components/data-text'
import { DeadlineStateBadge, type DeadlineStateLabels } from '../../components/deadline-state-badge'
import type { DeadlineState } from '../../domain/board-rows'
import type { Lang } from '../../i18n/lang'

interface DeadlineListProps {
  readonly entries: readonly DeadlineState[]
  readonly lang: Lang
  readonly labels: DeadlineStateLabels
  readonly onOpen: (targetId: string) => void
}

/** Deadlines, each opening its own panel, with where it stood on the date. */
export function DeadlineList({ entries, lang, labels, onOpen }: DeadlineListProps) {
  return (
    <ul className="lineage-list">
      {entries.map(({ target, state }) => (
        <li key={target.id}>
          <button type="button" className="link-button" onClick={() => onOpen(target.id)}>
            <DataText text={target.title} lang={lang} />
          </button>{' '}
          <DeadlineStateBadge state={state} lang={lang} labels={labels} />
        </li>
      ))}
    </ul>
  )
}
