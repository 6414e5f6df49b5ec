import type { Lang } from '../i18n/lang'
import { EVENT_KINDS, type EventKind } from './vocabulary'

/** How each kind of timeline event reads, and what it covers (the methodology page lists these). */
export const EVENT_KIND_META: Record<
  EventKind,
  { readonly label: Record<Lang, string>; readonly description: Record<Lang, string> }
> = {
  talks: {
    label: { en: 'Talks', ru: 'Переговоры' },
    description: {
      en: 'A summit, a meeting, a session of a council or a round of negotiations.',
      ru: 'Саммит, встреча, заседание совета или раунд переговоров.',
    },
  },
  signing: {
    label: { en: 'Signing', ru: 'Подписание' },
    description: {
      en: 'A document signed, initialled, approved, ratified, adopted or coming into force.',
      ru: 'Документ подписан, парафирован, одобрен, ратифицирован, принят или вступил в силу.',
    },
  },
  statement: {
    label: { en: 'Statement', ru: 'Заявление' },
    description: {
      en: 'An official’s claim, count, forecast or comment.',
      ru: 'Утверждение, подсчёт, прогноз или комментарий официального лица.',
    },
  },
  publication: {
    label: { en: 'Publication', ru: 'Публикация' },
    description: {
      en: 'A leak, a media report or a published text or agenda.',
      ru: 'Утечка, сообщение СМИ, опубликованный текст или повестка.',
    },
  },
  appointment: {
    label: { en: 'Appointment', ru: 'Назначение' },
    description: {
      en: 'Someone appointed to a post or given new powers.',
      ru: 'Назначение на должность или наделение новыми полномочиями.',
    },
  },
  development: {
    label: { en: 'Other event', ru: 'Иное событие' },
    description: {
      en: 'Anything else that happened: a draft sent on, supplies halted, a planned session not held.',
      ru: 'Иное произошедшее: проект передан дальше, поставки остановлены, запланированное заседание не состоялось.',
    },
  },
}

export const isEventKind = (value: string): value is EventKind => (EVENT_KINDS as readonly string[]).includes(value)

/** A kind's label; an id outside the vocabulary (none reaches here from a checked link) reads as itself. */
export const eventKindLabel = (id: string, lang: Lang): string =>
  isEventKind(id) ? EVENT_KIND_META[id].label[lang] : id
