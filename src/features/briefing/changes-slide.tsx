import { OutcomeBadge } from '../../components/outcome-badge'
import { DataText } from '../../components/data-text'
import { StatusBadge } from '../../components/status-badge'
import { describeClaimValue } from '../../components/charts/claim-value'
import type { CountDelta, MoveKind } from '../../domain/changes'
import type { CountClaim } from '../../domain/types'
import { formatFuzzyDate, formatNumber } from '../../lib/format'
import { useLang } from '../../state/use-t'
import type { Lang } from '../../i18n/lang'
import { itemIds, type MoveGroup, type Slide } from './deck'
import { countLabel } from './count-label'
import type { BriefingTextKey } from './briefing-text'
import { useBriefingText } from './use-briefing-text'

type ChangesSlideData = Extract<Slide, { kind: 'changes' }>

/** Conflicting claims are listed side by side, never merged into one figure. */
function claimValues(claims: readonly CountClaim[], lang: Lang): string {
  return claims
    .map((claim) => describeClaimValue(claim, claim.metric === 'percent-done' ? 'percent' : 'count', lang))
    .join(' / ')
}

const KIND_KEY: Record<Exclude<MoveKind, 'status'>, BriefingTextKey> = {
  'became-known': 'kind.became-known',
  'stopped-reported': 'kind.stopped-reported',
  'reported-again': 'kind.reported-again',
}

function MoveLine({ group, lang }: { readonly group: MoveGroup; readonly lang: Lang }) {
  const text = useBriefingText()
  return (
    <li className="change-line">
      {group.kind === 'status' ? null : <span className="change-line__label">{text(KIND_KEY[group.kind])}</span>}
      {group.from ? <StatusBadge status={group.from} lang={lang} /> : <span>—</span>}
      <span aria-hidden="true"> → </span>
      <StatusBadge status={group.to} lang={lang} />
      <span className="change-line__items">{itemIds(group.items)}</span>
    </li>
  )
}

function CountLine({ delta, lang }: { readonly delta: CountDelta; readonly lang: Lang }) {
  const text = useBriefingText()
  return (
    <li className="change-line">
      <span className="change-line__label">{countLabel(delta.query, lang)}</span>
      {delta.before.length > 0 ? (
        <span>
          {text('changes.before')} {claimValues(delta.before, lang)} →{' '}
        </span>
      ) : null}
      <strong>
        {delta.before.length > 0 ? null : `${text('changes.new')} `}
        {claimValues(delta.after, lang)}
      </strong>
    </li>
  )
}

interface MoveSectionProps {
  readonly title: string
  readonly groups: readonly MoveGroup[]
  readonly lang: Lang
}

/** One kind of change, a line per move; nothing when there was none. */
function MoveSection({ title, groups, lang }: MoveSectionProps) {
  if (groups.length === 0) return null
  return (
    <section>
      <h4>{title}</h4>
      <ul className="change-lines">
        {groups.map((group) => (
          <MoveLine key={`${group.from ?? ''}-${group.to}`} group={group} lang={lang} />
        ))}
      </ul>
    </section>
  )
}

export function ChangesSlide({ slide }: { readonly slide: ChangesSlideData }) {
  const text = useBriefingText()
  const lang = useLang()
  const { changes, moves, knowledge } = slide
  if (changes.emptyReason) return <p className="slide__empty">{text('changes.none')}</p>
  return (
    <div className="changes-columns">
      <MoveSection title={text('changes.moves')} groups={moves} lang={lang} />
      <MoveSection title={text('changes.knowledge')} groups={knowledge} lang={lang} />
      {changes.fellDue.length > 0 ? (
        <section>
          <h4>{text('changes.fellDue')}</h4>
          <ul className="change-lines">
            {changes.fellDue.map(({ target, state }) => (
              <li key={target.id} className="change-line">
                <span className="change-line__label">
                  <DataText text={target.title} lang={lang} />{' '}
                  <span className="muted">({formatFuzzyDate(target.due, lang)})</span>
                </span>
                <OutcomeBadge outcome={state.outcome} lang={lang} />
                {state.daysOverdue === null ? null : (
                  <span className="muted">
                    {text('deadline.overdue', { n: formatNumber(state.daysOverdue, lang) })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {changes.countDeltas.length > 0 ? (
        <section>
          <h4>{text('changes.counts')}</h4>
          <ul className="change-lines">
            {changes.countDeltas.map((delta) => (
              <CountLine key={`${delta.query.subject}-${delta.query.metric}`} delta={delta} lang={lang} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
