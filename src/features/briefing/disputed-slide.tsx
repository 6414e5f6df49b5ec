import { SourceRefs } from '../../components/source-refs'
import { DataText } from '../../components/data-text'
import { StatusBadge } from '../../components/status-badge'
import type { Position, Side } from '../../domain/types'
import { claimantName } from '../../domain/names'
import { formatFuzzyDate } from '../../lib/format'
import { useLang } from '../../state/use-t'
import { useSourceRefs } from '../../state/use-source-refs'
import { sideKey } from './briefing-text'
import type { DisputedItem } from './deck'
import { useBriefingText } from './use-briefing-text'

const SIDES: readonly Side[] = ['RU', 'BY']

function PositionEntry({ position }: { readonly position: Position }) {
  const lang = useLang()
  const sourceRefs = useSourceRefs()
  return (
    <li className="position">
      <p className="position__who">
        {claimantName(position.claimant, lang)} · {formatFuzzyDate(position.date, lang)}
      </p>
      <p className="position__what">
        <DataText text={position.summary} lang={lang} /> <SourceRefs {...sourceRefs(position.sources)} />
      </p>
    </li>
  )
}

/** Both sides' positions next to each other, each with its own sources; neither is picked. */
export function DisputedSlide({ disputed }: { readonly disputed: DisputedItem | null }) {
  const text = useBriefingText()
  const lang = useLang()
  if (!disputed) return <p className="slide__empty">{text('disputed.noneShown')}</p>
  return (
    <>
      {disputed.status ? (
        <p className="slide__lede">
          {text('disputed.status')}: <StatusBadge status={disputed.status} lang={lang} />
        </p>
      ) : null}
      <div className="sides">
        {SIDES.map((side) => (
          <section key={side} className="side" data-side={side}>
            <h4>{text(sideKey(side))}</h4>
            {disputed.sides[side].length > 0 ? (
              <ul className="positions">
                {disputed.sides[side].map((position, index) => (
                  <PositionEntry key={index} position={position} />
                ))}
              </ul>
            ) : (
              <p className="slide__empty">{text('disputed.none')}</p>
            )}
          </section>
        ))}
      </div>
    </>
  )
}
