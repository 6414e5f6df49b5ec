import { useCallback } from 'react'
import { MESSAGES, type MessageKey } from '../lib/messages'
import { useViewStore } from './view-store'

export type Translate = (key: MessageKey) => string

export function useT(): Translate {
  const lang = useViewStore((state) => state.lang)
  return useCallback((key: MessageKey) => MESSAGES[lang][key], [lang])
}

export function useLang() {
  return useViewStore((state) => state.lang)
}
