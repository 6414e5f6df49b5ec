import { SourceRefs } from '../../components/source-refs'
import { DataText } from '../../components/data-text'
import { groupByReport, type CountConflict } from '../../domain/count-conflicts'
import type { CountClaim, ItemSet } from '../../domain/types'
import { formatFuzzyDate, formatNumber } from '../../lib/format'
import type { Lang } from '../../i18n/lang'
import { useLang } from '../../state/use-t'
import { useSourceRefs } from '../../state/use-source-refs'
import { useBoardText, type BoardText } from './board-text'
import { ChangeEntry } from './status-timeline'

function claimFigure(claim: CountClaim, lang: Lang, text: BoardText): string {
  const value =
    claim.valueHigh === null
      ? formatNumber(claim.value, lang)
      : `${formatNumber(claim.value, lang)}–${formatNumber(claim.valueHigh, lang)}`
  const metric = claim.metric === 'open' ? text.metricOpen : text.metricAgreed
  return text.claimFigure(value, metric, claim.of === null ? null : formatNumber(claim.of, lang))
}

function ClaimEntry({ conflict, set }: { readonly conflict: CountConflict; readonly set: ItemSet }) {
  const lang = useLang()
  const text = useBoardText()
  const sourceRefs = useSourceRefs()
  const { claim } = conflict
  return (
    <li>
      <p className="board-timeline__date">{formatFuzzyDate(claim.date, lang)}</p>
      <p className="board-conflict__figure">{claimFigure(claim, lang, text)}</p>
      <p>
        <DataText text={claim.summary} lang={lang} />
      </p>
      <p className="board-timeline__who">
        {text.by} <DataText text={claim.claimant.label} lang={lang} /> <SourceRefs {...sourceRefs(claim.sources)} />
      </p>
      <p className="board-conflict__why">
        {text.conflictWhy(conflict.reported, conflict.reading, conflict.allowed, set)}
      </p>
    </li>
  )
}

/** Each report about the item beside the count claims it cannot be squared with; all sourced, none picked. */
export function ConflictList({
  conflicts,
  set,
}: {
  readonly conflicts: readonly CountConflict[]
  readonly set: ItemSet
}) {
  const text = useBoardText()
  return (
    <>
      <p className="muted">{text.conflictIntro}</p>
      <ul className="board-conflicts">
        {groupByReport(conflicts).map((group, index) => (
          <li key={index} className="board-conflict">
            <div className="board-conflict__side">
              <h4>{text.conflictItemSide}</h4>
              <ChangeEntry change={group.change} />
            </div>
            <div className="board-conflict__side">
              <h4>{group.conflicts.length === 1 ? text.conflictCountSide : text.conflictCountSides}</h4>
              <ul className="board-plain-list">
                {group.conflicts.map((conflict) => (
                  <ClaimEntry key={conflict.claim.id} conflict={conflict} set={set} />
                ))}
              </ul>
            </div>
          </li>
        ))}
      </ul>
    </>
  )
}
