import { DeadlineStateBadge } from '../../components/deadline-state-badge'
import { DataText } from '../../components/data-text'
import { OutcomeChain } from '../../components/outcome-chain'
import { SourceRefs } from '../../components/source-refs'
import type { DeadlineState } from '../../domain/board-rows'
import type { Position, Side } from '../../domain/types'
import { formatFuzzyDate } from '../../lib/format'
import { useDeadlineLabels, useLang } from '../../state/use-t'
import { useSourceRefs } from '../../state/use-source-refs'
import { useViewStore } from '../../state/view-store'
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
                  <p className="board-timeline__summary">
                    <DataText text={position.summary} lang={lang} />
                  </p>
                  <p className="board-timeline__who">
                    {text.by} <DataText text={position.claimant.label} lang={lang} />{' '}
                    <SourceRefs {...sourceRefs(position.sources)} />
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

/** The item's own deadlines: each one's state on the date and its whole outcome chain so far, with sources. */
export function TargetList({ targets }: { readonly targets: readonly DeadlineState[] }) {
  const lang = useLang()
  const text = useBoardText()
  const deadlineLabels = useDeadlineLabels()
  const sourceRefs = useSourceRefs()
  const openDeadline = useViewStore((state) => state.openDeadline)
  if (targets.length === 0) return <p className="muted">{text.noTargets}</p>
  return (
    <ul className="board-plain-list board-targets">
      {targets.map(({ target, state }) => (
        <li key={target.id}>
          <p className="board-targets__title">
            <button type="button" className="link-button" onClick={() => openDeadline(target.id)}>
              <DataText text={target.title} lang={lang} />
            </button>{' '}
            <DeadlineStateBadge state={state} lang={lang} labels={deadlineLabels} />
          </p>
          <p className="muted">
            <DataText text={target.summary} lang={lang} />
          </p>
          <OutcomeChain
            target={target}
            chain={state.chain}
            lang={lang}
            labels={deadlineLabels}
            sourceRefs={sourceRefs}
          />
        </li>
      ))}
    </ul>
  )
}
