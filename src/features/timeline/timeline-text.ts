// The timeline's interface text in English and Russian.
import { useLang } from '../../state/use-t'

const en = {
  heading: 'Timeline',
  intro:
    'Events from the 1999 Union State Treaty to today: who took part, which topics they touched, and the sources. Milestones are highlighted. Topic and actor filters are shared with the board.',
  topic: 'Topic',
  actor: 'Actor',
  allTopics: 'All topics',
  allActors: 'All actors',
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
  asOfDivider: (date: string) => `As of ${date}: the events below had not happened yet`,
  later: 'after the as-of date',
  emptyNoMatch: 'No events match these filters in the years shown.',
  emptyNoEvents: 'The dataset has no events.',
  showAllYears: 'Show all years',
}

export type TimelineText = typeof en

const ru: TimelineText = {
  heading: 'Хронология',
  intro:
    'События от Договора о создании Союзного государства 1999 года до наших дней: кто участвовал, каких тем касались, источники. Ключевые события выделены. Фильтры по теме и участнику общие с доской.',
  topic: 'Тема',
  actor: 'Участник',
  allTopics: 'Все темы',
  allActors: 'Все участники',
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
  asOfDivider: (date: string) => `На ${date}: события ниже ещё не произошли`,
  later: 'после даты среза',
  emptyNoMatch: 'В выбранные годы нет событий под эти фильтры.',
  emptyNoEvents: 'В данных нет событий.',
  showAllYears: 'Показать все годы',
}

const TEXT = { en, ru } as const

export function useTimelineText(): TimelineText {
  return TEXT[useLang()]
}
