import { useMemo } from 'react'
import { useLang } from '../../state/use-t'
import { presenterText, type PresenterText } from './presenter-text'

export function usePresenterText(): PresenterText {
  const lang = useLang()
  return useMemo(() => presenterText(lang), [lang])
}
