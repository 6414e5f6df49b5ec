import { OutcomeBadge } from '../../components/outcome-badge'
import { DataText } from '../../components/data-text'
import { SourceRefs } from '../../components/source-refs'
import { outcomeSources } from '../../domain/deadlines'
import type { StoryStep } from '../../domain/story'
import type { CountClaim } from '../../domain/types'
import { formatDay, formatFuzzyDate, formatNumber } from '../../lib/format'
import type { Lang } from '../../i18n/lang'
import { useLang, useT, type Translate } from '../../state/use-t'
import { useSourceRefs } from '../../state/use-source-refs'

function claimFigure(claim: CountClaim, lang: Lang, t: Translate): string {
  const value =
    claim.valueHigh === null
      ? formatNumber(claim.value, lang)
      : `${formatNumber(claim.value, lang)}–${formatNumber(claim.valueHigh, lang)}`
  const unit = claim.metric === 'percent-done' ? '%' : ''
  const of = claim.of === null ? '' : ` ${t('claim.of')} ${formatNumber(claim.of, lang)}`
  return `${value}${unit}${of}`
}

function ClaimLine({ claim }: { readonly claim: CountClaim }) {
  const t = useT()
  const lang = useLang()
  const sourceRefs = useSourceRefs()
  return (
    <li className="claim">
      <strong className="claim__figure">{claimFigure(claim, lang, t)}</strong>{' '}
      <span>
        {formatFuzzyDate(claim.date, lang)} — {t('claim.by')} <DataText text={claim.claimant.label} lang={lang} />
        {claim.confidence === 'inferred' ? <em className="tag">{t('claim.inferred')}</em> : null}
      </span>{' '}
      <SourceRefs {...sourceRefs(claim.sources)} />
      <span className="claim__summary">
        <DataText text={claim.summary} lang={lang} />
      </span>
    </li>
  )
}

export function StoryCard({ step }: { readonly step: StoryStep }) {
  const t = useT()
  const lang = useLang()
  const sourceRefs = useSourceRefs()
  const label = t(`story.${step.key}`)
  const date = step.date ? <p className="story__date">{formatDay(step.date, lang)}</p> : null

  switch (step.kind) {
    case 'count': {
      const [first, ...others] = step.claims
      if (!first) return null
      return (
        <li className="story__card">
          {date}
          <p className="story__number">{claimFigure(first, lang, t)}</p>
          <p className="story__label">{label}</p>
          <p className="story__claim">
            {t('claim.by')} <DataText text={first.claimant.label} lang={lang} />{' '}
            <SourceRefs {...sourceRefs(first.sources)} />
          </p>
          {others.length > 0 ? (
            <ul className="claims">
              {others.map((claim) => (
                <ClaimLine key={claim.id} claim={claim} />
              ))}
            </ul>
          ) : null}
        </li>
      )
    }
    case 'conflict':
      return (
        <li className="story__card story__card--wide">
          <p className="story__label story__label--question">{label}</p>
          <p className="muted">{t('overview.conflictNote')}</p>
          <ul className="claims">
            {step.claims.map((claim) => (
              <ClaimLine key={claim.id} claim={claim} />
            ))}
          </ul>
        </li>
      )
    case 'outcome':
      return (
        <li className="story__card">
          {date}
          <p className="story__number">
            <OutcomeBadge outcome={step.state.outcome} lang={lang} />
          </p>
          <p className="story__label">{label}</p>
          <p className="story__claim">
            <DataText text={step.state.record?.summary ?? step.target.summary} lang={lang} />{' '}
            <SourceRefs {...sourceRefs(outcomeSources(step.target, step.state))} />
          </p>
        </li>
      )
    case 'event':
      return (
        <li className="story__card">
          {date}
          <p className="story__label">{label}</p>
          <p className="story__claim">
            <DataText text={step.event.summary} lang={lang} /> <SourceRefs {...sourceRefs(step.event.sources)} />
          </p>
        </li>
      )
  }
}
