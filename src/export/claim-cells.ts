// What a chart's data file says about each reported figure it draws: the progress chart and the overview's
// headline chart write the same columns, so a script reads both files alike.
import type { ProgressPoint } from '../domain/progress-series'
import type { Lang } from '../i18n/lang'
import { textIn } from '../i18n/localized-text'

/** The columns after those that say which series (or row) a figure belongs to. */
export const CLAIM_COLUMNS = [
  'date',
  'value',
  'value_high',
  'reported',
  'claimed_by',
  'confidence',
  'disputed',
  'sources',
] as const

/** `reported`: the figure as the claim put it, in the reader's language ("at least 20 of 31"). */
export function claimCells({ claim, conflict }: ProgressPoint, reported: string, lang: Lang): readonly string[] {
  return [
    claim.date.value,
    String(claim.value),
    claim.valueHigh === null ? '' : String(claim.valueHigh),
    reported,
    textIn(claim.claimant.label, lang),
    claim.confidence,
    conflict ? 'yes' : 'no',
    claim.sources.join(' '),
  ]
}
