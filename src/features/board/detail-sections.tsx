import { OutcomeBadge } from '../../components/outcome-badge'
import { SourceRefs } from '../../components/source-refs'
import type { DeadlineState } from '../../domain/board-rows'
import { outcomeSources } from '../../domain/deadlines'
import type { Position, Side } from '../../domain/types'
import { formatFuzzyDate } from '../../lib/format'
import { useLang } from '../../state/use-t'
import { useSourceRefs } from '../../state/use-source-refs'
import { useBoardText } from './board-text'

const SIDES: readonly Side[] = ['RU', 'BY']

/** Russia's and Belarus's positions side by side, each dated, attributed and sourced. */
export function PositionSides({ positions }: { readonly positions: Readonly<Record<Side, readonly Position[]>> }) {
  const lang = useLang()
  const text = useBoardText()
  const sourceRefs = useSourceRefs()
  const sideName = { RU: text.sideRU, BY: text.sideBY }
  return (
    <div className="board-sides">
      {SIDES.map((side) => (
        <section key={side} className="board-sides__side" aria-label={sideName[side]}>
          <h4>{sideName[side]}</h4>
          {positions[side].length === 0 ? (
            <p className="muted">{text.noPosition}</p>
          ) : (
            <ul className="board-plain-list">
              {positions[side].map((position, index) => (
                <li key={index}>
                  <p className="board-timeline__date">{formatFuzzyDate(position.date, lang)}</p>
                  <p className="board-timeline__summary">{position.summary}</p>
                  <p className="board-timeline__who">
                    {text.by} {position.claimant.label} <SourceRefs {...sourceRefs(position.sources)} />
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  )
}

/** The item's deadlines with their outcome on the date and the report behind it. */
export function TargetList({ targets }: { readonly targets: readonly DeadlineState[] }) {
  const lang = useLang()
  const text = useBoardText()
  const sourceRefs = useSourceRefs()
  if (targets.length === 0) return <p className="muted">{text.noTargets}</p>
  return (
    <ul className="board-plain-list board-targets">
      {targets.map(({ target, state }) => (
        <li key={target.id}>
          <p className="board-targets__title">{target.title}</p>
          <p>
            {text.due} {formatFuzzyDate(target.due, lang)}
            {target.dueNote ? <span className="muted"> ({target.dueNote})</span> : null}{' '}
            <OutcomeBadge outcome={state.outcome} lang={lang} />{' '}
            <SourceRefs {...sourceRefs(outcomeSources(target, state))} />
          </p>
          <p className="muted">{state.record?.summary ?? target.summary}</p>
        </li>
      ))}
    </ul>
  )
}
