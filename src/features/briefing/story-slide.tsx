import { OutcomeBadge } from '../../components/outcome-badge'
import { describeClaimValue } from '../../components/charts/claim-value'
import type { StoryStep } from '../../domain/story'
import type { CountClaim } from '../../domain/types'
import { claimantName } from '../../domain/names'
import { formatDay, formatFuzzyDate, formatNumber } from '../../lib/format'
import { useLang, useT } from '../../state/use-t'
import type { Lang } from '../../i18n/lang'
import { useBriefingText } from './use-briefing-text'

const claimUnit = (claim: CountClaim) => (claim.metric === 'percent-done' ? 'percent' : 'count')

function ClaimBy({ claim, lang }: { readonly claim: CountClaim; readonly lang: Lang }) {
  const t = useT()
  return (
    <>
      {formatFuzzyDate(claim.date, lang)} · {claimantName(claim.claimant, lang)}
      {claim.confidence === 'inferred' ? <em className="tag">{t('claim.inferred')}</em> : null}
    </>
  )
}

function StoryFigure({ step }: { readonly step: StoryStep }) {
  const t = useT()
  const lang = useLang()
  const text = useBriefingText()
  const label = t(`story.${step.key}`)
  switch (step.kind) {
    case 'count': {
      const [first, ...others] = step.claims
      if (!first) return null
      return (
        <li className="story-figure">
          <p className="story-figure__number">{describeClaimValue(first, claimUnit(first), lang)}</p>
          <p className="story-figure__label">{label}</p>
          <p className="story-figure__meta">
            <ClaimBy claim={first} lang={lang} />
          </p>
          {others.map((claim) => (
            <p key={claim.id} className="story-figure__meta">
              {describeClaimValue(claim, claimUnit(claim), lang)} — <ClaimBy claim={claim} lang={lang} />
            </p>
          ))}
        </li>
      )
    }
    case 'conflict':
      return (
        <li className="story-figure story-figure--conflict">
          <p className="story-figure__label">{label}</p>
          <ul className="story-figure__claims">
            {step.claims.map((claim) => (
              <li key={claim.id}>
                <strong>{describeClaimValue(claim, claimUnit(claim), lang)}</strong> —{' '}
                <ClaimBy claim={claim} lang={lang} />
              </li>
            ))}
          </ul>
          <p className="story-figure__meta">{text('story.conflict')}</p>
        </li>
      )
    case 'outcome':
      return (
        <li className="story-figure">
          <p className="story-figure__number">
            <OutcomeBadge outcome={step.state.outcome} lang={lang} />
          </p>
          <p className="story-figure__label">{label}</p>
          <p className="story-figure__meta">
            {formatFuzzyDate(step.target.due, lang)}
            {step.state.outcome === 'pending' ? ` · ${text('story.pending')}` : ''}
            {step.state.daysOverdue === null
              ? ''
              : ` · ${text('story.overdue', { n: formatNumber(step.state.daysOverdue, lang) })}`}
          </p>
        </li>
      )
    case 'event':
      return (
        <li className="story-figure">
          <p className="story-figure__label">{label}</p>
          <p className="story-figure__meta">{step.date ? formatDay(step.date, lang) : null}</p>
        </li>
      )
  }
}

export function StorySlide({ steps }: { readonly steps: readonly StoryStep[] }) {
  const text = useBriefingText()
  return (
    <>
      <ol className="story-figures">
        {steps.map((step) => (
          <StoryFigure key={step.key} step={step} />
        ))}
      </ol>
      <p className="slide__note">{text('story.note')}</p>
    </>
  )
}
