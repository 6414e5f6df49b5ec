// One record of how each status reads and looks. Colours are CSS tokens (Okabe–Ito based, see app.css);
// the icon and label always travel with the colour so status is never shown by colour alone.
import type { TermMeta } from './term-meta'
import type { Status } from './vocabulary'

export const STATUS_META = {
  drafting: {
    label: 'Drafting',
    labelRu: 'Разработка',
    icon: '✎',
    order: 0,
    token: '--status-drafting',
    description: 'Being drafted; not yet reported as agreed or disputed.',
  },
  open: {
    label: 'Open (disputed)',
    labelRu: 'Не согласовано',
    icon: '⚠',
    order: 1,
    token: '--status-open',
    description: 'Reported as not yet agreed or in dispute.',
  },
  agreed: {
    label: 'Agreed',
    labelRu: 'Согласовано',
    icon: '✓',
    order: 2,
    token: '--status-agreed',
    description: 'Reported as agreed by the negotiators.',
  },
  approved: {
    label: 'Approved',
    labelRu: 'Утверждено',
    icon: '★',
    order: 3,
    token: '--status-approved',
    description: 'Formally approved by the Council of Ministers or the Supreme State Council.',
  },
  completed: {
    label: 'Completed (reported)',
    labelRu: 'Выполнено (по заявлениям)',
    icon: '◆',
    order: 4,
    token: '--status-completed',
    description: 'Officials report it fully carried out.',
  },
  'set-aside': {
    label: 'Set aside',
    labelRu: 'Отложено',
    icon: '‖',
    order: 5,
    token: '--status-set-aside',
    description: 'Taken off the agenda (item 31, supranational bodies).',
  },
  superseded: {
    label: 'Superseded',
    labelRu: 'Заменено',
    icon: '↪',
    order: 6,
    token: '--status-superseded',
    description: 'Folded into the 2021 union programmes.',
  },
  unattributed: {
    label: 'Unattributed',
    labelRu: 'Нет данных по пункту',
    icon: '?',
    order: 7,
    token: '--status-unattributed',
    description: 'Only totals are reported from here on; which status this item had is not public.',
  },
} as const satisfies Record<Status, TermMeta>

export function compareStatus(a: Status, b: Status): number {
  return STATUS_META[a].order - STATUS_META[b].order
}
