// The deadline panel's interface text in English and Russian.
import type { ItemSet } from '../../domain/types'
import { pluralForm, type Lang } from '../../i18n/lang'
import { useLang } from '../../state/use-t'

export interface DeadlineText {
  readonly close: string
  readonly stateHeading: string
  readonly chainHeading: string
  readonly setBy: (who: string, when: string) => string
  readonly bindsProgramme: (set: ItemSet) => string
  readonly bindsItems: string
  readonly laterReports: (count: number, asOf: string) => string
  readonly notYetSet: (asOf: string, setOn: string) => string
  readonly asOf: (date: string) => string
  readonly sources: string
}

const en: DeadlineText = {
  close: 'Close',
  stateHeading: 'State',
  chainHeading: 'What became of it',
  setBy: (who, when) => `Set by ${who} on ${when}.`,
  bindsProgramme: (set) =>
    set === 'roadmaps' ? 'Binds the whole 2019 roadmap programme.' : 'Binds the whole union programme package.',
  bindsItems: 'Binds these roadmaps and programmes:',
  laterReports: (count, asOf) =>
    `${count} later ${pluralForm(count, 'en', { one: 'report', other: 'reports' })} after ${asOf}: choose a later date to see ${pluralForm(count, 'en', { one: 'it', other: 'them' })}.`,
  notYetSet: (asOf, setOn) => `On ${asOf} this deadline had not been set yet (it was set on ${setOn}).`,
  asOf: (date) => `As known on ${date}.`,
  sources: 'Sources for the deadline',
}

const ruReports = (count: number) =>
  pluralForm(count, 'ru', { one: 'сообщение', few: 'сообщения', many: 'сообщений', other: 'сообщения' })

const ru: DeadlineText = {
  close: 'Закрыть',
  stateHeading: 'Состояние',
  chainHeading: 'Что с ним стало',
  setBy: (who, when) => `Установлен: ${who}, ${when}`,
  bindsProgramme: (set) =>
    set === 'roadmaps' ? 'Касается всей программы дорожных карт 2019 года.' : 'Касается всего пакета союзных программ.',
  bindsItems: 'Касается этих дорожных карт и программ:',
  laterReports: (count, asOf) =>
    `Ещё ${count} ${ruReports(count)} после ${asOf}: выберите более позднюю дату, чтобы ${pluralForm(count, 'ru', { one: 'его', other: 'их' })} увидеть.`,
  notYetSet: (asOf, setOn) => `На ${asOf} этот срок ещё не был установлен (установлен ${setOn}).`,
  asOf: (date) => `По состоянию на ${date}`,
  sources: 'Источники о сроке',
}

const DEADLINE_TEXT: Record<Lang, DeadlineText> = { en, ru }

export function useDeadlineText(): DeadlineText {
  return DEADLINE_TEXT[useLang()]
}
