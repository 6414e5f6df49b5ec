import type { TermMeta } from './term-meta'
import type { Outcome } from './vocabulary'

export const OUTCOME_META = {
  met: {
    label: 'Met',
    labelRu: 'Выполнено',
    icon: '✓',
    order: 0,
    token: '--outcome-met',
    description: 'Done by the due date.',
  },
  late: {
    label: 'Late',
    labelRu: 'С опозданием',
    icon: '◔',
    order: 1,
    token: '--outcome-late',
    description: 'Done, but after the due date (the date it was met is given).',
  },
  'partly-met': {
    label: 'Partly met',
    labelRu: 'Частично',
    icon: '◐',
    order: 2,
    token: '--outcome-partly-met',
    description: 'Part of the target was reached by the due date.',
  },
  missed: {
    label: 'Missed',
    labelRu: 'Сорвано',
    icon: '✗',
    order: 3,
    token: '--outcome-missed',
    description: 'Not done by the due date.',
  },
  moved: {
    label: 'Moved',
    labelRu: 'Перенесено',
    icon: '→',
    order: 4,
    token: '--outcome-moved',
    description: 'The due date was moved (the new date is given).',
  },
  superseded: {
    label: 'Superseded',
    labelRu: 'Заменено',
    icon: '↪',
    order: 5,
    token: '--outcome-superseded',
    description: 'Replaced by a different instrument or target.',
  },
  pending: {
    label: 'Pending',
    labelRu: 'В процессе',
    icon: '…',
    order: 6,
    token: '--outcome-pending',
    description: 'Not yet due, or in progress with no result reported.',
  },
  unknown: {
    label: 'Unknown',
    labelRu: 'Неизвестно',
    icon: '?',
    order: 7,
    token: '--outcome-unknown',
    description: 'Due, but no outcome was found in the sources.',
  },
} as const satisfies Record<Outcome, TermMeta>
