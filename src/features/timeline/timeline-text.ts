// The timeline's interface text in English and Russian.
import { useLang } from '../../state/use-t'

const en = {
  heading: 'Timeline',
  intro:
    'Events from the 1999 Union State Treaty to the chosen date: who took part, which topics they touched, and the sources. Milestones are highlighted; later events are only counted unless you ask to see them. Topic, actor and search are shared with the board; the kind of event (talks, a signing, a statement…) is the tracker’s classification.',
  searchShown: (q: string) => `Search: “${q}”`,
  searchClear: 'Clear search',
  topic: 'Topic',
  actor: 'Actor',
  kind: 'Kind',
  allTopics: 'All topics',
  allActors: 'All actors',
  allKinds: 'All kinds',
  several: (count: number) => `${count} chosen on the board`,
  clearFilters: 'Clear filters',
  yearRange: { legend: 'Years shown', from: 'from', to: 'to', all: 'All years' },
  yearsStrip: 'Events per year; choose a year to zoom to it',
  countPrefix: '',
  countSuffix: ' events',
  shown: (count: number) => `${count} ${count === 1 ? 'event' : 'events'} shown`,
  eventsInYear: (count: number) => `${count} ${count === 1 ? 'event' : 'events'}`,
  milestone: 'Milestone',
  actors: 'Actors',
  topics: 'Topics',
  items: (count: number) => `Roadmaps and programmes in this event (${count})`,
  laterHeading: (date: string) => `After ${date}`,
  laterCount: (count: number, date: string) =>
    `${count} later ${count === 1 ? 'event' : 'events'}, after ${date}: not yet known on that date.`,
  showLater: 'Show them',
  hideLater: 'Hide them',
  later: 'after the chosen date',
  emptyNoMatch: 'No events match these filters in the years shown.',
  emptyNotYet: 'None of the events that match had happened by this date.',
  emptyNoEvents: 'The dataset has no events.',
  showAllYears: 'Show all years',
}

export type TimelineText = typeof en

const ru: TimelineText = {
  heading: 'Хронология',
  intro:
    'События от Договора о создании Союзного государства 1999 года до выбранной даты: кто участвовал, каких тем касались, источники. Ключевые события выделены; более поздние только подсчитаны, пока вы не попросите их показать. Тема, участник и поиск общие с доской; вид события (переговоры, подписание, заявление…) — классификация трекера.',
  searchShown: (q: string) => `Поиск: «${q}»`,
  searchClear: 'Очистить поиск',
  topic: 'Тема',
  actor: 'Участник',
  kind: 'Вид',
  allTopics: 'Все темы',
  allActors: 'Все участники',
  allKinds: 'Все виды',
  several: (count: number) => `выбрано на доске: ${count}`,
  clearFilters: 'Сбросить фильтры',
  yearRange: { legend: 'Годы', from: 'с', to: 'по', all: 'Все годы' },
  yearsStrip: 'Событий по годам; выберите год, чтобы приблизить',
  countPrefix: 'событий: ',
  countSuffix: '',
  shown: (count: number) => `Показано событий: ${count}`,
  eventsInYear: (count: number) => `событий: ${count}`,
  milestone: 'Ключевое событие',
  actors: 'Участники',
  topics: 'Темы',
  items: (count) => `Дорожные карты и программы в этом событии (${count})`,
  laterHeading: (date: string) => `После ${date}`,
  laterCount: (count: number, date: string) => `Событий после ${date}: ${count}. На эту дату они ещё не были известны.`,
  showLater: 'Показать их',
  hideLater: 'Скрыть их',
  later: 'после выбранной даты',
  emptyNoMatch: 'В выбранные годы нет событий, подходящих под эти фильтры.',
  emptyNotYet: 'Ни одно из подходящих событий к этой дате ещё не произошло.',
  emptyNoEvents: 'В данных нет событий.',
  showAllYears: 'Показать все годы',
}

const TEXT = { en, ru } as const

export function useTimelineText(): TimelineText {
  return TEXT[useLang()]
}
