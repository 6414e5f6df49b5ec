// A reported figure as the claim put it: "at least 20 of 31", "6–7 of 33", "about 90%".
import type { ProgressUnit } from '../../domain/progress-specs'
import type { CountClaim } from '../../domain/types'
import { formatNumber } from '../../lib/format'
import type { Lang } from '../../i18n/lang'

const QUALIFIERS: Record<Lang, Record<CountClaim['qualifier'], string>> = {
  en: { exact: '', 'at-least': 'at least ', about: 'about ', almost: 'almost ', 'more-than': 'more than ' },
  ru: { exact: '', 'at-least': 'не менее ', about: 'около ', almost: 'почти ', 'more-than': 'более ' },
}
const OF: Record<Lang, string> = { en: 'of', ru: 'из' }

export function describeClaimValue(claim: CountClaim, unit: ProgressUnit, lang: Lang): string {
  const low = formatNumber(claim.value, lang)
  const value = claim.valueHigh === null ? low : `${low}–${formatNumber(claim.valueHigh, lang)}`
  const suffix = unit === 'percent' ? '%' : ''
  const of = claim.of === null ? '' : ` ${OF[lang]} ${formatNumber(claim.of, lang)}`
  return `${QUALIFIERS[lang][claim.qualifier]}${value}${suffix}${of}`
}
