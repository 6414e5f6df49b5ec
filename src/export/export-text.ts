// Words that travel inside exported files and images (citation, filter summary) and on the export buttons,
// in both interface languages.
import type { Lang } from '../i18n/lang'

const en = {
  'citation.source': 'Source',
  'citation.title': 'Union State Roadmap Tracker',
  'citation.datasetVersion': 'Dataset version',
  'citation.dataAsOf': 'Data as of',
  'citation.asOf': 'Statuses as of',
  'citation.compare': 'Compared with',
  'citation.filters': 'Filters',
  'citation.items': 'Items',
  'citation.url': 'View',
  'citation.exported': 'Exported',
  'citation.sources': 'Sources',
  'citation.custom': 'own data from',
  'citation.licence': 'Licence',
  'citation.thirdParty': 'quotes and source titles belong to their publishers and are used as short citations',
  'filters.none': 'no filters',
  'filters.notApplied': 'not filtered: totals reported for the whole programme',
  'filters.roadmaps': 'Roadmaps (2019)',
  'filters.programmes': 'Union programmes (2021)',
  'filters.topics': 'topic',
  'filters.statuses': 'status',
  'filters.actors': 'named person',
  'filters.outcomes': 'deadline outcome',
  'filters.q': 'search',
  'title.notPublic': 'title not public',
  'deadline.days': 'days',
  'export.group': 'Export',
  'export.csv': 'CSV',
  'export.json': 'JSON',
  'export.png': 'PNG',
  'export.svg': 'SVG',
  'export.csvName': 'Download the filtered items as CSV',
  'export.jsonName': 'Download the filtered items as JSON',
  'export.pngName': 'Download this chart as a PNG image',
  'export.svgName': 'Download this chart as an SVG image',
  'export.done': 'Downloaded',
  'export.failed': 'The export failed',
  'export.codeFailed':
    'its code could not be downloaded. Check the connection and try again; if it still fails, reload the page.',
} as const

export type ExportTextKey = keyof typeof en

const ru: Record<ExportTextKey, string> = {
  'citation.source': 'Источник',
  'citation.title': 'Трекер дорожных карт Союзного государства',
  'citation.datasetVersion': 'Версия данных',
  'citation.dataAsOf': 'Данные на',
  'citation.asOf': 'Статусы на',
  'citation.compare': 'Сравнение с',
  'citation.filters': 'Фильтры',
  'citation.items': 'Пунктов',
  'citation.url': 'Ссылка на вид',
  'citation.exported': 'Выгружено',
  'citation.sources': 'Источники',
  'citation.custom': 'собственные данные из файла',
  'citation.licence': 'Лицензия',
  'citation.thirdParty': 'цитаты и названия источников принадлежат их издателям и приводятся как краткие цитаты',
  'filters.none': 'без фильтров',
  'filters.notApplied': 'без фильтров: итоги, заявленные по всей программе',
  'filters.roadmaps': 'Дорожные карты (2019)',
  'filters.programmes': 'Союзные программы (2021)',
  'filters.topics': 'тема',
  'filters.statuses': 'статус',
  'filters.actors': 'участник',
  'filters.outcomes': 'итог срока',
  'filters.q': 'поиск',
  'title.notPublic': 'название не опубликовано',
  'deadline.days': 'дн.',
  'export.group': 'Экспорт',
  'export.csv': 'CSV',
  'export.json': 'JSON',
  'export.png': 'PNG',
  'export.svg': 'SVG',
  'export.csvName': 'Скачать отфильтрованные пункты в CSV',
  'export.jsonName': 'Скачать отфильтрованные пункты в JSON',
  'export.pngName': 'Скачать график как изображение PNG',
  'export.svgName': 'Скачать график как изображение SVG',
  'export.done': 'Скачано',
  'export.failed': 'Экспорт не удался',
  'export.codeFailed':
    'его код не загрузился. Проверьте соединение и повторите; если не выйдет, перезагрузите страницу.',
}

const TEXT = { en, ru } as const

export function exportText(lang: Lang, key: ExportTextKey): string {
  return TEXT[lang][key]
}
