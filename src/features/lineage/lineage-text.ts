// The lineage view's interface text in English and Russian.
import { formatNumber } from '../../lib/format'
import { useLang } from '../../state/use-t'

const en = {
  heading: 'Lineage: roadmaps → programmes → 2024–2026',
  intro:
    'Follow each of the 31 roadmaps of 2019 to the union programme or subject area that took it over in 2021, on to the 2024–2026 package, and what became of it. No documented mapping of the roadmaps onto the programmes was found: most links are the tracker’s inference from subject matter, drawn dashed and marked “inferred”. Unknown links stay unknown. Topic filters are shared with the board.',
  counts: (roadmaps: number, programmes: number, date: string) =>
    `Roadmaps: ${formatNumber(roadmaps, 'en')} · union programmes: ${formatNumber(programmes, 'en')}, as of ${date}`,
  topicsShown: 'Topics',
  clearFilters: 'Clear filters',
  packageHeading: 'The 2024–2026 package',
  packageWide: 'Binds the union programmes as a whole, not named roadmaps or programmes:',
  packageNotYet: (date: string) => `No 2024–2026 deadline had been set by ${date}.`,
  roadmapsHeading: '2019 roadmaps and what took them over',
  roadmapColumn: 'Roadmap (2019)',
  successorColumn: 'Union programme or area (2021)',
  packageColumn: '2024–2026',
  fateColumn: 'What became of it',
  programmesHeading: '2021 union programmes and the roadmaps before them',
  programmeColumn: 'Union programme (2021)',
  predecessorColumn: 'Roadmap before it (2019)',
  notLinked: 'Not linked in the data',
  areasHeading: 'Subject areas officials named for the programmes',
  areasIntro:
    'The programmes’ own titles were mostly not published; these are the areas officials and the press named, each with who named it and the source.',
  namedBy: 'Named by',
  matchedRoadmaps: 'Roadmaps matched to it',
  noMatchedRoadmap: 'No roadmap matched to it',
  noAreas: 'No subject area had been named by this date.',
  emptyNotYetRoadmaps: (date: string) => `No roadmap had been listed by ${date}.`,
  emptyNotYetProgrammes: (date: string) =>
    `No union programme had been listed by ${date}: the programmes were first reported in 2021.`,
  emptyNoMatch: 'None on the chosen topics.',
}

export type LineageText = typeof en

const ru: LineageText = {
  heading: 'Преемственность: дорожные карты → союзные программы → 2024–2026',
  intro:
    'Проследите путь каждой из 31 дорожной карты 2019 года: какая союзная программа или какое направление приняли её в 2021 году, что стало с ней в пакете на 2024–2026 годы и чем всё закончилось. Документального соответствия дорожных карт союзным программам не найдено: большинство связей — вывод трекера по предмету регулирования; такие связи показаны пунктиром и помечены словами «вывод трекера». Неизвестное остаётся неизвестным. Фильтры по темам общие с доской.',
  counts: (roadmaps, programmes, date) =>
    `Дорожные карты: ${formatNumber(roadmaps, 'ru')} · союзные программы: ${formatNumber(programmes, 'ru')}, на ${date}`,
  topicsShown: 'Темы',
  clearFilters: 'Сбросить фильтры',
  packageHeading: 'Пакет на 2024–2026 годы',
  packageWide: 'Относится к союзным программам в целом, а не к отдельным дорожным картам или программам:',
  packageNotYet: (date) => `На ${date} сроки на 2024–2026 годы ещё не были установлены.`,
  roadmapsHeading: 'Дорожные карты 2019 года и их преемники',
  roadmapColumn: 'Дорожная карта (2019)',
  successorColumn: 'Союзная программа или направление (2021)',
  packageColumn: '2024–2026',
  fateColumn: 'Что с ней стало',
  programmesHeading: 'Союзные программы 2021 года и предшествующие им дорожные карты',
  programmeColumn: 'Союзная программа (2021)',
  predecessorColumn: 'Предшествующая дорожная карта (2019)',
  notLinked: 'В данных не связано',
  areasHeading: 'Отраслевые направления, названные официальными лицами',
  areasIntro:
    'Названия самих программ в основном не публиковались; здесь направления, которые называли официальные лица и пресса, — с указанием, кто их назвал, и источника.',
  namedBy: 'Кто назвал',
  matchedRoadmaps: 'Соотнесённые дорожные карты',
  noMatchedRoadmap: 'Ни одна дорожная карта не соотнесена',
  noAreas: 'На эту дату ни одно направление ещё не называлось.',
  emptyNotYetRoadmaps: (date) => `На ${date} дорожные карты ещё не были составлены.`,
  emptyNotYetProgrammes: (date) => `На ${date} союзных программ ещё не было: о них впервые сообщили в 2021 году.`,
  emptyNoMatch: 'По выбранным темам ничего нет.',
}

const TEXT = { en, ru } as const

export function useLineageText(): LineageText {
  return TEXT[useLang()]
}
