import { useMemo } from 'react'
import { useLang } from '../../state/use-t'
import { briefingText, type BriefingText } from './briefing-text'

export function useBriefingText(): BriefingText {
  const lang = useLang()
  return useMemo(() => briefingText(lang), [lang])
}
