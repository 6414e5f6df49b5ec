// The header search's interface text in English and Russian.
import type { SearchKind } from '../../domain/global-search'
import { pluralForm, type Lang } from '../../i18n/lang'
import { useLang } from '../../state/use-t'

export interface SearchText {
  readonly label: string
  readonly placeholder: string
  readonly hint: string
  readonly results: string
  readonly kinds: Record<SearchKind, string>
  readonly shownOf: (shown: number, total: number) => string
  readonly found: (count: number) => string
  readonly none: (query: string) => string
  readonly loading: string
  readonly failed: string
  readonly retry: string
  readonly later: string
  readonly foundLater: string
  readonly sources: (count: number) => string
  readonly events: (count: number) => string
}

const en: SearchText = {
  label: 'Search',
  placeholder: 'Items, people, events, sources…',
  hint: 'Press / to search from anywhere; arrow keys choose a result, Enter opens it.',
  results: 'Search results',
  kinds: {
    item: 'Roadmaps and programmes',
    person: 'People',
    event: 'Events',
    deadline: 'Deadlines',
    count: 'Reported counts',
    area: 'Reported subject areas',
    source: 'Sources',
  },
  shownOf: (shown, total) => (shown < total ? `${shown} of ${total}` : String(total)),
  found: (count) => `${count} ${pluralForm(count, 'en', { one: 'result', other: 'results' })}`,
  none: (query) => `Nothing found for “${query}”.`,
  loading: 'Searching…',
  failed: 'The search could not be loaded: check the connection.',
  retry: 'Try again',
  later: 'after the chosen date',
  foundLater: 'Found only in what was said after the chosen date.',
  sources: (count) => `${count} ${pluralForm(count, 'en', { one: 'source', other: 'sources' })}`,
  events: (count) => `${count} ${pluralForm(count, 'en', { one: 'event', other: 'events' })}`,
}

const ru: SearchText = {
  label: 'Поиск',
  placeholder: 'Пункты, люди, события, источники…',
  hint: 'Нажмите /, чтобы искать с любого экрана; стрелки выбирают результат, Enter открывает его.',
  results: 'Результаты поиска',
  kinds: {
    item: 'Дорожные карты и программы',
    person: 'Люди',
    event: 'События',
    deadline: 'Сроки',
    count: 'Заявленные числа',
    area: 'Названные направления',
    source: 'Источники',
  },
  shownOf: (shown, total) => (shown < total ? `${shown} из ${total}` : String(total)),
  found: (count) =>
    `${count} ${pluralForm(count, 'ru', { one: 'результат', few: 'результата', many: 'результатов', other: 'результата' })}`,
  none: (query) => `По запросу «${query}» ничего не найдено.`,
  loading: 'Идёт поиск…',
  failed: 'Не удалось загрузить поиск: проверьте соединение.',
  retry: 'Повторить',
  later: 'после выбранной даты',
  foundLater: 'Найдено только в сказанном после выбранной даты.',
  sources: (count) =>
    `${count} ${pluralForm(count, 'ru', { one: 'источник', few: 'источника', many: 'источников', other: 'источника' })}`,
  events: (count) =>
    `${count} ${pluralForm(count, 'ru', { one: 'событие', few: 'события', many: 'событий', other: 'события' })}`,
}

const TEXT: Record<Lang, SearchText> = { en, ru }

export function useSearchText(): SearchText {
  return TEXT[useLang()]
}
