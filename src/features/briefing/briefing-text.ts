// The briefing's own words in both interface languages.
import type { Side } from '../../domain/types'
import type { Lang } from '../../state/view'

const en = {
  heading: 'Briefing',
  intro:
    'Slides built from the data for the filters and the date chosen above. Present them full screen, or print them as a handout (one slide per page, sources as footnotes).',
  deck: 'Briefing slides',
  previous: 'Previous slide',
  next: 'Next slide',
  fullscreen: 'Full screen',
  exitFullscreen: 'Leave full screen',
  print: 'Print handout',
  keys: 'Keys: → or Page Down for the next slide, ← or Page Up to go back, Home and End, F for full screen; Esc leaves full screen.',
  compareHint: 'To add a “what changed” slide, choose a date to compare with in the date bar.',
  slideOf: 'Slide {n} of {total}',
  part: 'part {n} of {total}',
  'title.kicker': 'Briefing',
  'title.scope': 'Showing',
  'title.asOf': 'Statuses as of',
  'title.compare': 'Compared with',
  'title.data': 'Data',
  'title.dataValue': 'version {version}, latest fact {date}',
  'title.link': 'This deck online',
  'story.title': 'The story in numbers',
  'story.note': 'The whole programme, as reported by the date; each figure is a claim with its source.',
  'story.conflict': 'Reports disagree; each is shown with its source.',
  'story.pending': 'not yet due on this date',
  'status.title': 'Where the items stand',
  'status.summary': '{total} items shown, statuses as of {date}',
  'status.empty': 'No item matches the filters on this date.',
  'deadlines.title': 'Deadlines and what became of them',
  'deadlines.empty': 'No deadline matches the filters on this date.',
  'deadlines.none': 'No deadline had been set by this date.',
  'deadlines.whole': 'Whole programme',
  'gantt.set': 'set',
  'gantt.due': 'due',
  'gantt.movedTo': 'moved to',
  'gantt.metOn': 'met on',
  'gantt.today': 'Today',
  'gantt.asOf': 'As of',
  'changes.title': 'What changed since {date}',
  'changes.moves': 'Status changes',
  'changes.fellDue': 'Deadlines that fell due',
  'changes.counts': 'Reported totals',
  'changes.none': 'Nothing changed between the two dates for what is shown.',
  'changes.before': 'before',
  'changes.new': 'new',
  'disputed.title': 'Disputed: {item}',
  'disputed.none': 'No position on record by this date.',
  'disputed.more': '{n} more items with recorded positions are on the board.',
  'disputed.status': 'Status on this date',
  'sources.title': 'Sources',
  'sources.footnotes': 'Sources',
  'side.RU': 'Russia',
  'side.BY': 'Belarus',
} as const

export type BriefingTextKey = keyof typeof en

const ru: Record<BriefingTextKey, string> = {
  heading: 'Брифинг',
  intro:
    'Слайды из данных для выбранных выше фильтров и даты. Показывайте их во весь экран или распечатайте как раздаточный материал (слайд на страницу, источники в сносках).',
  deck: 'Слайды брифинга',
  previous: 'Предыдущий слайд',
  next: 'Следующий слайд',
  fullscreen: 'Во весь экран',
  exitFullscreen: 'Выйти из полноэкранного режима',
  print: 'Распечатать',
  keys: 'Клавиши: → или Page Down — следующий слайд, ← или Page Up — назад, Home и End, F — во весь экран; Esc — выход из полноэкранного режима.',
  compareHint: 'Чтобы добавить слайд «что изменилось», выберите дату сравнения на панели дат.',
  slideOf: 'Слайд {n} из {total}',
  part: 'часть {n} из {total}',
  'title.kicker': 'Брифинг',
  'title.scope': 'Показано',
  'title.asOf': 'Статусы на',
  'title.compare': 'Сравнение с',
  'title.data': 'Данные',
  'title.dataValue': 'версия {version}, последний факт {date}',
  'title.link': 'Эти слайды онлайн',
  'story.title': 'История в цифрах',
  'story.note': 'Вся программа по сообщениям на эту дату; каждая цифра — заявление с источником.',
  'story.conflict': 'Сообщения расходятся; каждое показано со своим источником.',
  'story.pending': 'срок на эту дату ещё не наступил',
  'status.title': 'Статус пунктов',
  'status.summary': 'Показано пунктов: {total}, статусы на {date}',
  'status.empty': 'На эту дату ни один пункт не подходит под фильтры.',
  'deadlines.title': 'Сроки и что с ними стало',
  'deadlines.empty': 'На эту дату ни один срок не подходит под фильтры.',
  'deadlines.none': 'К этой дате сроков ещё не назначали.',
  'deadlines.whole': 'Вся программа',
  'gantt.set': 'назначен',
  'gantt.due': 'срок',
  'gantt.movedTo': 'перенесён на',
  'gantt.metOn': 'выполнен',
  'gantt.today': 'Сегодня',
  'gantt.asOf': 'На дату',
  'changes.title': 'Что изменилось с {date}',
  'changes.moves': 'Смена статусов',
  'changes.fellDue': 'Наступившие сроки',
  'changes.counts': 'Заявленные итоги',
  'changes.none': 'Между двумя датами для показанного ничего не изменилось.',
  'changes.before': 'было',
  'changes.new': 'стало',
  'disputed.title': 'Спорный пункт: {item}',
  'disputed.none': 'На эту дату позиция не зафиксирована.',
  'disputed.more': 'Ещё пунктов с позициями сторон на доске: {n}.',
  'disputed.status': 'Статус на эту дату',
  'sources.title': 'Источники',
  'sources.footnotes': 'Источники',
  'side.RU': 'Россия',
  'side.BY': 'Беларусь',
}

const TEXT = { en, ru } as const

export type BriefingText = (key: BriefingTextKey, values?: Readonly<Record<string, string | number>>) => string

/** Text with `{name}` placeholders filled in. */
export function briefingText(lang: Lang): BriefingText {
  return (key, values = {}) =>
    TEXT[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole))
}

export const sideKey = (side: Side): BriefingTextKey => (side === 'RU' ? 'side.RU' : 'side.BY')
