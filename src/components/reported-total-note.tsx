// A reported total set beside the item-by-item count of the same date, with the reason they differ. Neither is
// picked: each total keeps its claimant, date and sources.
import type { ReportedVsKnown } from '../domain/reported-vs-known'
import { textIn } from '../i18n/localized-text'
import { formatFuzzyDate } from '../lib/format'
import type { ReportedTotalText } from '../lib/reported-total-text'
import type { Lang } from '../i18n/lang'
import { describeClaimValue } from './charts/claim-value'
import { SourceRefs, type SourceRefsProps } from './source-refs'

interface ReportedTotalNotesProps {
  readonly reported: readonly ReportedVsKnown[]
  readonly lang: Lang
  readonly text: ReportedTotalText
  readonly sourceRefs: (ids: readonly string[]) => SourceRefsProps
}

/** One note per reported total that the items do not add up to; nothing when every total agrees. */
export function ReportedTotalNotes({ reported, ...props }: ReportedTotalNotesProps) {
  return reported.map((entry) => <ReportedTotalNote key={entry.metric} reported={entry} {...props} />)
}

function ReportedTotalNote({
  reported,
  lang,
  text,
  sourceRefs,
}: Omit<ReportedTotalNotesProps, 'reported'> & { readonly reported: ReportedVsKnown }) {
  const { metric, claims, known, unattributed } = reported
  return (
    <p className="reported-total" role="note">
      <strong>{text.heading}</strong>{' '}
      {claims.map((claim, index) => (
        <span key={claim.id}>
          {index > 0 ? `; ${text.also} ` : null}
          {text.total(describeClaimValue(claim, 'count', lang), metric, textIn(claim.claimant.label, lang))} (
          {formatFuzzyDate(claim.date, lang)}) <SourceRefs {...sourceRefs(claim.sources)} />
        </span>
      ))}
      . {text.known(known, metric)}
      {unattributed > 0 ? ` ${text.why(unattributed)}` : ''}
    </p>
  )
}
