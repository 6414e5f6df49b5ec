// The embedded page's own words (embed-page.tsx) in English and Russian.
import type { Lang } from '../i18n/lang'

const en = {
  source: 'Source',
  statusesAsOf: 'statuses as of',
  openInTracker: 'Open in the tracker',
  newTab: '(opens in a new tab)',
} as const

type Key = keyof typeof en

const ru: Record<Key, string> = {
  source: 'Источник',
  statusesAsOf: 'статусы на',
  openInTracker: 'Открыть в трекере',
  newTab: '(в новой вкладке)',
}

export const EMBED_PAGE_TEXT = { en, ru } as const satisfies Record<Lang, Record<Key, string>>
