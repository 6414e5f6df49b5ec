import type { Theme } from '../state/view'
import type { Lang } from '../i18n/lang'

const en = {
  group: 'Display and sharing',
  theme: 'Theme',
  'theme.system': 'As the system',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.contrast': 'High contrast',
  copy: 'Copy link',
  copied: 'Link to this view copied',
  copyFailed: 'Copy this link:',
  printedFrom: 'Printed from',
} as const

type Key = keyof typeof en

const ru: Record<Key, string> = {
  group: 'Отображение и ссылка',
  theme: 'Тема',
  'theme.system': 'Как в системе',
  'theme.light': 'Светлая',
  'theme.dark': 'Тёмная',
  'theme.contrast': 'Высокий контраст',
  copy: 'Копировать ссылку',
  copied: 'Ссылка на этот вид скопирована',
  copyFailed: 'Скопируйте ссылку:',
  printedFrom: 'Распечатано из',
}

export const HEADER_TEXT = { en, ru } as const satisfies Record<Lang, Record<Key, string>>

export const THEME_KEYS = {
  system: 'theme.system',
  light: 'theme.light',
  dark: 'theme.dark',
  contrast: 'theme.contrast',
} as const satisfies Record<Theme, Key>
