import { useCallback, useMemo } from 'react'
import { MESSAGES, type MessageKey } from '../i18n/messages'
import { useViewStore } from './view-store'

export type Translate = (key: MessageKey) => string

export function useT(): Translate {
  const lang = useViewStore((state) => state.lang)
  return useCallback((key: MessageKey) => MESSAGES[lang][key], [lang])
}

export function useLang() {
  return useViewStore((state) => state.lang)
}

/** The words every deadline state and outcome chain is told with, in the interface language. */
export function useDeadlineLabels() {
  const t = useT()
  return useMemo(
    () => ({
      due: t('deadline.due'),
      movedTo: t('deadline.movedTo'),
      metOn: t('deadline.metOn'),
      since: t('deadline.since'),
      noReport: t('deadline.noReport'),
    }),
    [t],
  )
}
