import { DeadlineStateBadge } from '../../components/deadline-state-badge'
import { DataText } from '../../components/data-text'
import { SourceRefs } from '../../components/source-refs'
import type { DeadlineState } from '../../domain/board-rows'
import { outcomeSources } from '../../domain/deadlines'
import { formatFuzzyDate } from '../../lib/format'
import { useDeadlineLabels, useLang } from '../../state/use-t'
import { useSourceRefs } from '../../state/use-source-refs'
import { useViewStore } from '../../state/view-store'
import { useBoardText } from './board-text'

function DeadlineLine({ label, deadline }: { readonly label: string; readonly deadline: DeadlineState }) {
  const lang = useLang()
  const sourceRefs = useSourceRefs()
  const deadlineLabels = useDeadlineLabels()
  const openDeadline = useViewStore((store) => store.openDeadline)
  const { target, state } = deadline
  return (
    <span className="board-deadline">
      <span className="board-deadline__when">
        {label}: {formatFuzzyDate(target.due, lang)}
      </span>{' '}
      <DeadlineStateBadge state={state} lang={lang} labels={deadlineLabels} />{' '}
      <SourceRefs {...sourceRefs(outcomeSources(target, state))} />
      <button type="button" className="board-deadline__title link-button" onClick={() => openDeadline(target.id)}>
        <DataText text={target.title} lang={lang} />
      </button>
    </span>
  )
}

/** The last deadline passed and the next one ahead on the date, each with its outcome and source. */
export function DeadlineSummary({
  last,
  next,
}: {
  readonly last: DeadlineState | null
  readonly next: DeadlineState | null
}) {
  const text = useBoardText()
  if (!last && !next) return <span className="muted">{text.noDeadline}</span>
  return (
    <>
      {last ? <DeadlineLine label={text.lastDeadline} deadline={last} /> : null}
      {next ? <DeadlineLine label={text.nextDeadline} deadline={next} /> : null}
    </>
  )
}
