// The board's interface text in English and Russian. Kept here rather than in lib/messages.ts because most of it
// takes numbers and dates and needs Russian plural forms.
import type { ItemSet } from '../../domain/types'
import { formatNumber } from '../../lib/format'
import { pluralForm, type Lang, type PluralForms } from '../../i18n/lang'
import { useLang } from '../../state/use-t'

const SET_NOUN: Record<ItemSet, Record<Lang, PluralForms>> = {
  roadmaps: {
    en: { one: 'roadmap', other: 'roadmaps' },
    ru: { one: 'дорожная карта', few: 'дорожные карты', many: 'дорожных карт', other: 'дорожной карты' },
  },
  programmes: {
    en: { one: 'union programme', other: 'union programmes' },
    ru: { one: 'союзная программа', few: 'союзные программы', many: 'союзных программ', other: 'союзной программы' },
  },
}

/** "Link to this …": the one Russian case the set nouns above do not cover. */
const ITEM_ACCUSATIVE_RU: Record<ItemSet, string> = { roadmaps: 'дорожную карту', programmes: 'союзную программу' }

const enNum = (n: number) => formatNumber(n, 'en')
const ruNum = (n: number) => formatNumber(n, 'ru')

export const setNoun = (lang: Lang, set: ItemSet, n: number) => pluralForm(n, lang, SET_NOUN[set][lang])

const en = {
  heading: 'Status board',
  setLabel: 'Which set',
  setRoadmaps: 'Roadmaps (2019)',
  setProgrammes: 'Union programmes (2021)',
  layoutLabel: 'Layout',
  layoutColumns: 'Columns by status',
  layoutTable: 'Table',
  searchShown: (q: string) => `Search: “${q}”`,
  searchClear: 'Clear search',
  filters: 'Filters',
  filtersActive: (n: number) => (n === 0 ? 'Filters' : `Filters (${n} active)`),
  facetTopics: 'Topic',
  facetStatuses: 'Status on the date',
  facetActors: 'Who made the claim',
  facetOutcomes: 'Deadline outcome',
  clearAll: 'Clear all filters',
  results: (n: number) => `${enNum(n)} ${n === 1 ? 'result' : 'results'}`,
  showResults: 'Show results',
  resultCount: (shown: number, listed: number, set: ItemSet, date: string) =>
    `${enNum(shown)} of ${enNum(listed)} ${setNoun('en', set, listed)}, as of ${date}`,
  updating: 'Updating…',
  emptyNoMatch: (set: ItemSet, date: string) => `No ${setNoun('en', set, 2)} match these filters on ${date}.`,
  emptyNotYet: (set: ItemSet, date: string, first: string | null) =>
    `No ${setNoun('en', set, 2)} had been listed by ${date}.` + (first ? ` The first is listed on ${first}.` : ''),
  untitledGroup: (n: number, set: ItemSet) =>
    `${enNum(n)} ${setNoun('en', set, n)} whose ${n === 1 ? 'title was' : 'titles were'} never published`,
  programmeDeadlines: (n: number, set: ItemSet) =>
    `${enNum(n)} ${n === 1 ? 'deadline binds' : 'deadlines bind'} the whole ${set === 'roadmaps' ? 'roadmap programme' : 'programme package'}`,
  contradictedBy: (ids: readonly string[]) => `contradicted by ${ids.join(', ')}`,
  /** `was`: the status on the comparison date, or null for an item not yet listed then. */
  movedSince: (date: string, was: string | null) =>
    was === null ? `new since ${date}` : `changed since ${date}: was ${was}`,
  titleNotPublic: 'Title not public',
  show: 'Show',
  hide: 'Hide',
  colId: 'No.',
  colTitle: 'Title',
  colTopics: 'Topics',
  colStatus: 'Status',
  colChanged: 'Last change',
  colDeadline: 'Deadline',
  colSources: 'Sources',
  sortHint: 'Sort',
  lastDeadline: 'Last',
  nextDeadline: 'Next',
  noDeadline: 'None set',
  by: 'by',
  inferred: 'inferred',
  detailHistory: 'Status history',
  detailHistoryAsOf: (date: string) => `Reports up to ${date}, oldest first.`,
  detailLater: (n: number, date: string) =>
    `${enNum(n)} later ${n === 1 ? 'report is' : 'reports are'} after ${date}; move the date to see ${n === 1 ? 'it' : 'them'}.`,
  detailNoHistory: 'No report by this date.',
  detailPositions: 'The two sides’ positions',
  sideRU: 'Russia',
  sideBY: 'Belarus',
  noPosition: 'No position reported by this date.',
  detailTargets: 'Deadlines and what became of them',
  noTargets: 'No deadline set for this item by this date.',
  due: 'due',
  detailConflicts: 'Claims that do not add up',
  conflictIntro:
    'Reports about this item and count claims from the same weeks cannot all be true. Each is shown with its source; none is picked.',
  conflictItemSide: 'About this item',
  conflictCountSide: 'Count claim',
  conflictCountSides: 'Count claims',
  conflictWhy: (reported: number, reading: 'open' | 'agreed', allowed: number, set: ItemSet) =>
    `${reported} ${setNoun('en', set, reported)} ${reported === 1 ? 'was' : 'were'} reported ${reading} in the month up to this claim, but it leaves room for at most ${allowed}.`,
  claimFigure: (value: string, metric: string, of: string | null) => `${value}${of ? ` of ${of}` : ''} ${metric}`,
  metricAgreed: 'agreed',
  metricOpen: 'open',
  detailSources: 'Sources',
  seedArticle: 'seed article',
  noLink: 'no public link',
  detailTitleNote: 'About the title',
  detailTopics: 'Topics',
  close: 'Close',
  trackerId: 'Tracker id',
  findHint: (set: ItemSet) =>
    `A long list: only the ${setNoun('en', set, 2)} near the screen are drawn, so the browser’s find (Ctrl+F) does not reach the rest. The search box above finds any of them.`,
  copyLink: 'Copy link',
  copiedItemLink: (set: ItemSet) => `Link to this ${setNoun('en', set, 1)} copied`,
  copyFailed: 'Copy this link:',
}

export type BoardText = typeof en

const ru: BoardText = {
  heading: 'Доска статусов',
  setLabel: 'Набор',
  setRoadmaps: 'Дорожные карты (2019)',
  setProgrammes: 'Союзные программы (2021)',
  layoutLabel: 'Вид',
  layoutColumns: 'Колонки по статусу',
  layoutTable: 'Таблица',
  searchShown: (q: string) => `Поиск: «${q}»`,
  searchClear: 'Очистить поиск',
  filters: 'Фильтры',
  filtersActive: (n) => (n === 0 ? 'Фильтры' : `Фильтры (выбрано: ${n})`),
  facetTopics: 'Тема',
  facetStatuses: 'Статус на дату',
  facetActors: 'Кто заявил',
  facetOutcomes: 'Итог по сроку',
  clearAll: 'Сбросить все фильтры',
  results: (n) => `результатов: ${ruNum(n)}`,
  showResults: 'Показать результаты',
  resultCount: (shown, listed, set, date) =>
    `${set === 'roadmaps' ? 'Дорожные карты' : 'Союзные программы'}: ${ruNum(shown)} из ${ruNum(listed)} на ${date}`,
  updating: 'Обновление…',
  emptyNoMatch: (set, date) => `На ${date} нет подходящих записей (${setNoun('ru', set, 5)}).`,
  emptyNotYet: (set, date, first) =>
    `На ${date} ещё нет ни одной записи (${setNoun('ru', set, 5)}).` + (first ? ` Первая появляется ${first}.` : ''),
  contradictedBy: (ids) => `противоречат: ${ids.join(', ')}`,
  movedSince: (date, was) => (was === null ? `новое с ${date}` : `изменилось с ${date}: было «${was}»`),
  untitledGroup: (n, set) => `${ruNum(n)} ${setNoun('ru', set, n)}: названия не публиковались`,
  programmeDeadlines: (n, set) =>
    `Сроки для всей ${set === 'roadmaps' ? 'программы дорожных карт' : 'программы'}: ${ruNum(n)}`,
  titleNotPublic: 'Название не опубликовано',
  show: 'Показать',
  hide: 'Скрыть',
  colId: '№',
  colTitle: 'Название',
  colTopics: 'Темы',
  colStatus: 'Статус',
  colChanged: 'Последнее изменение',
  colDeadline: 'Срок',
  colSources: 'Источники',
  sortHint: 'Сортировать',
  lastDeadline: 'Прошедший',
  nextDeadline: 'Ближайший',
  noDeadline: 'Не установлен',
  by: '—',
  inferred: 'вывод',
  detailHistory: 'История статусов',
  detailHistoryAsOf: (date) => `Сообщения по ${date}, от ранних к поздним.`,
  detailLater: (n, date) => `После ${date} есть ещё сообщения: ${ruNum(n)}. Сдвиньте дату, чтобы их увидеть.`,
  detailNoHistory: 'На эту дату сообщений нет.',
  detailPositions: 'Позиции сторон',
  sideRU: 'Россия',
  sideBY: 'Беларусь',
  noPosition: 'На эту дату позиция не сообщалась.',
  detailTargets: 'Сроки и их итоги',
  noTargets: 'На эту дату сроков для этой записи не установлено.',
  due: 'срок',
  detailConflicts: 'Заявления, которые не сходятся',
  conflictIntro:
    'Сообщения об этой записи и заявленные цифры тех же недель не могут быть верны одновременно. Каждое показано с источником; ни одно не выбрано.',
  conflictItemSide: 'Об этой записи',
  conflictCountSide: 'Заявленная цифра',
  conflictCountSides: 'Заявленные цифры',
  conflictWhy: (reported, reading, allowed, set) =>
    `За месяц до этого заявления ${reading === 'open' ? 'несогласованными' : 'согласованными'} назывались: ${reported} ${setNoun('ru', set, reported)}, а оно допускает не больше ${allowed}.`,
  claimFigure: (value, metric, of) => `${value}${of ? ` из ${of}` : ''} ${metric}`,
  metricAgreed: 'согласовано',
  metricOpen: 'не согласовано',
  detailSources: 'Источники',
  seedArticle: 'исходная статья',
  noLink: 'нет открытой ссылки',
  detailTitleNote: 'О названии',
  detailTopics: 'Темы',
  close: 'Закрыть',
  trackerId: 'Номер в трекере',
  findHint: (set) =>
    `Список длинный: на странице только ${setNoun('ru', set, 2)} рядом с экраном, поэтому поиск браузера (Ctrl+F) не находит остальные. Любую из них найдёт поле поиска выше.`,
  copyLink: 'Копировать ссылку',
  copiedItemLink: (set) => `Ссылка на эту ${ITEM_ACCUSATIVE_RU[set]} скопирована`,
  copyFailed: 'Скопируйте ссылку:',
}

const TEXT: Record<Lang, BoardText> = { en, ru }

export function useBoardText(): BoardText {
  return TEXT[useLang()]
}
