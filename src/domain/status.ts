// One record of how each status reads and looks. Colours are CSS tokens (Okabe–Ito based, see app.css);
// the icon and label always travel with the colour so status is never shown by colour alone.
import type { TermMeta } from './term-meta'
import type { Status } from './vocabulary'

export const STATUS_META = {
  drafting: {
    label: { en: 'Drafting', ru: 'Разработка' },
    icon: '✎',
    order: 0,
    token: '--status-drafting',
    description: {
      en: 'Being drafted; not yet reported as agreed or disputed.',
      ru: 'В разработке; о согласовании или разногласиях пока не сообщалось.',
    },
  },
  open: {
    label: { en: 'Open (disputed)', ru: 'Не согласовано' },
    icon: '⚠',
    order: 1,
    token: '--status-open',
    description: {
      en: 'Reported as not yet agreed or in dispute.',
      ru: 'По сообщениям, ещё не согласовано или вызывает разногласия.',
    },
  },
  agreed: {
    label: { en: 'Agreed', ru: 'Согласовано' },
    icon: '✓',
    order: 2,
    token: '--status-agreed',
    description: {
      en: 'Reported as agreed by the negotiators.',
      ru: 'По сообщениям, согласовано участниками переговоров.',
    },
  },
  approved: {
    label: { en: 'Approved', ru: 'Утверждено' },
    icon: '★',
    order: 3,
    token: '--status-approved',
    description: {
      en: 'Formally approved by the Council of Ministers or the Supreme State Council.',
      ru: 'Официально утверждено Советом Министров или Высшим Государственным Советом.',
    },
  },
  completed: {
    label: { en: 'Completed (reported)', ru: 'Выполнено (по заявлениям)' },
    icon: '◆',
    order: 4,
    token: '--status-completed',
    description: {
      en: 'Officials report it fully carried out.',
      ru: 'Официальные лица сообщают о полном выполнении.',
    },
  },
  'set-aside': {
    label: { en: 'Set aside', ru: 'Отложено' },
    icon: '‖',
    order: 5,
    token: '--status-set-aside',
    description: {
      en: 'Taken off the agenda (item 31, supranational bodies).',
      ru: 'Снято с повестки (пункт 31, наднациональные органы).',
    },
  },
  superseded: {
    label: { en: 'Superseded', ru: 'Заменено' },
    icon: '↪',
    order: 6,
    token: '--status-superseded',
    description: {
      en: 'Folded into the 2021 union programmes.',
      ru: 'Вошло в союзные программы 2021 года.',
    },
  },
  unattributed: {
    label: { en: 'Unattributed', ru: 'Нет данных по пункту' },
    icon: '?',
    order: 7,
    token: '--status-unattributed',
    description: {
      en: 'Only totals are reported from here on; which status this item had is not public.',
      ru: 'Далее сообщались только общие цифры; статус этого пункта не публиковался.',
    },
  },
} as const satisfies Record<Status, TermMeta>

export function compareStatus(a: Status, b: Status): number {
  return STATUS_META[a].order - STATUS_META[b].order
}
