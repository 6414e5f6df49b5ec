import type { TermMeta } from './term-meta'
import type { DeadlineStatus, Outcome } from './vocabulary'

export const OUTCOME_META = {
  met: {
    label: { en: 'Met', ru: 'Выполнено' },
    icon: '✓',
    order: 0,
    token: '--outcome-met',
    description: {
      en: 'Done by the due date.',
      ru: 'Выполнено к сроку.',
    },
  },
  late: {
    label: { en: 'Late', ru: 'С опозданием' },
    icon: '◔',
    order: 1,
    token: '--outcome-late',
    description: {
      en: 'Done, but after the due date (the date it was met is given).',
      ru: 'Выполнено, но после срока (указана дата выполнения).',
    },
  },
  'partly-met': {
    label: { en: 'Partly met', ru: 'Частично' },
    icon: '◐',
    order: 2,
    token: '--outcome-partly-met',
    description: {
      en: 'Part of the target was reached by the due date.',
      ru: 'К сроку цель достигнута частично.',
    },
  },
  missed: {
    label: { en: 'Missed', ru: 'Сорвано' },
    icon: '✗',
    order: 3,
    token: '--outcome-missed',
    description: {
      en: 'Not done by the due date.',
      ru: 'К сроку не выполнено.',
    },
  },
  moved: {
    label: { en: 'Moved', ru: 'Перенесено' },
    icon: '→',
    order: 4,
    token: '--outcome-moved',
    description: {
      en: 'The due date was moved (the new date is given).',
      ru: 'Срок перенесён (указан новый срок).',
    },
  },
  superseded: {
    label: { en: 'Superseded', ru: 'Заменено' },
    icon: '↪',
    order: 5,
    token: '--outcome-superseded',
    description: {
      en: 'Replaced by a different instrument or target.',
      ru: 'Заменено другим документом или целью.',
    },
  },
  pending: {
    label: { en: 'Pending', ru: 'В процессе' },
    icon: '…',
    order: 6,
    token: '--outcome-pending',
    description: {
      en: 'Not yet due (or not yet at the date it was moved to).',
      ru: 'Срок ещё не наступил (или не наступил перенесённый срок).',
    },
  },
  overdue: {
    label: { en: 'Overdue', ru: 'Просрочено' },
    icon: '!',
    order: 7,
    token: '--outcome-overdue',
    description: {
      en: 'Past its due date (or the date it was moved to) with no result reported.',
      ru: 'Срок (или перенесённый срок) прошёл, о результате не сообщалось.',
    },
  },
  unknown: {
    label: { en: 'Unknown', ru: 'Неизвестно' },
    icon: '?',
    order: 8,
    token: '--outcome-unknown',
    description: {
      en: 'Due, but no outcome was found in the sources.',
      ru: 'Срок наступил, но итог в источниках не найден.',
    },
  },
} as const satisfies Record<Outcome | DeadlineStatus, TermMeta>
