// Above the board: what binds the chosen set as a whole on the date. A reported total that the items' own statuses
// do not add up to is set beside them with the reason; deadlines that bind the whole programme are listed once
// here, not on every row.
import { DeadlineStateBadge } from '../../components/deadline-state-badge'
import { DataText } from '../../components/data-text'
import { ReportedTotalNotes } from '../../components/reported-total-note'
import { formatDay } from '../../lib/format'
import { REPORTED_TOTAL_TEXT } from '../../lib/reported-total-text'
import { useProgrammeContext } from '../../state/derived'
import { useDeadlineLabels, useLang } from '../../state/use-t'
import { useSourceRefs } from '../../state/use-source-refs'
import { useViewStore } from '../../state/view-store'
import { useBoardText } from './board-text'

export function ProgrammeContext() {
  const { deadlines, reported } = useProgrammeContext()
  const set = useViewStore((state) => state.set)
  const openDeadline = useViewStore((state) => state.openDeadline)
  const lang = useLang()
  const deadlineLabels = useDeadlineLabels()
  const text = useBoardText()
  const sourceRefs = useSourceRefs()
  if (deadlines.length === 0 && reported.length === 0) return null
  return (
    <div className="board-context">
      <ReportedTotalNotes reported={reported} lang={lang} text={REPORTED_TOTAL_TEXT[lang]} sourceRefs={sourceRefs} />
      {deadlines.length > 0 ? (
        <details className="board-context__deadlines">
          <summary>{text.programmeDeadlines(deadlines.length, set)}</summary>
          <ul className="board-plain-list">
            {deadlines.map(({ target, state }) => (
              <li key={target.id}>
                <span className="muted">{formatDay(target.due.end, lang)}</span>{' '}
                <button type="button" className="link-button" onClick={() => openDeadline(target.id)}>
                  <DataText text={target.title} lang={lang} />
                </button>{' '}
                <DeadlineStateBadge state={state} lang={lang} labels={deadlineLabels} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  )
}
