import type { CountQuery } from '../../domain/counts'
import type { CountMetric, CountSubject } from '../../domain/types'
import type { Lang } from '../../i18n/lang'

const SUBJECTS: Record<Lang, Record<CountSubject, string>> = {
  en: {
    roadmaps: 'Roadmaps',
    programmes: 'Programmes',
    directions: 'Directions',
    measures: 'Measures',
    tasks: 'Tasks',
  },
  ru: {
    roadmaps: 'Дорожные карты',
    programmes: 'Программы',
    directions: 'Направления',
    measures: 'Мероприятия',
    tasks: 'Задачи',
  },
}

const METRICS: Record<Lang, Record<CountMetric, string>> = {
  en: {
    total: 'in total',
    agreed: 'agreed',
    open: 'open',
    completed: 'completed',
    'percent-done': 'done',
    'behind-schedule': 'behind schedule',
  },
  ru: {
    total: 'всего',
    agreed: 'согласовано',
    open: 'не согласовано',
    completed: 'выполнено',
    'percent-done': 'выполнено',
    'behind-schedule': 'с отставанием',
  },
}

/** "Roadmaps: agreed", "Мероприятия: выполнено". */
export function countLabel(query: CountQuery, lang: Lang): string {
  return `${SUBJECTS[lang][query.subject]}: ${METRICS[lang][query.metric]}`
}
