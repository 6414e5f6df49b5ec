// A reported figure as a table row, as the progress chart's and the headline chart's tables both show it: its
// series, date, value as claimed, claimant, whether it is disputed or inferred, and its sources.
import type { ProgressPoint } from '../../domain/progress-series'
import type { ProgressUnit } from '../../domain/progress-specs'
import type { Lang } from '../../i18n/lang'
import { formatFuzzyDate } from '../../lib/format'
import { DataText } from '../data-text'
import { SourceRefs, type SourceRefsProps } from '../source-refs'
import { describeClaimValue } from './claim-value'

interface ClaimRowProps {
  /** The series the figure belongs to. */
  readonly label: string
  readonly point: ProgressPoint
  readonly unit: ProgressUnit
  readonly lang: Lang
  readonly tags: { readonly disputed: string; readonly inferred: string }
  readonly sources: SourceRefsProps
}

export function ClaimRow({ label, point, unit, lang, tags, sources }: ClaimRowProps) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{formatFuzzyDate(point.claim.date, lang)}</td>
      <td>{describeClaimValue(point.claim, unit, lang)}</td>
      <td>
        <DataText text={point.claim.claimant.label} lang={lang} />
      </td>
      <td>
        {point.conflict ? <em className="tag">{tags.disputed}</em> : null}
        {point.claim.confidence === 'inferred' ? <em className="tag">{tags.inferred}</em> : null}
      </td>
      <td>
        <SourceRefs {...sources} />
      </td>
    </tr>
  )
}
