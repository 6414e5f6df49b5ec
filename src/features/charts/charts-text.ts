// The charts view's interface text in English and Russian. Sentences take figures already formatted.
import type { MoveKind } from '../../domain/changes'
import type { ItemSet } from '../../domain/types'
import { useLang } from '../../state/use-t'

const en = {
  heading: 'Charts',
  intro:
    'Every chart follows the date chosen above and the board’s filters. Click a status to see those items on the board.',
  sets: { roadmaps: 'Roadmaps (2019)', programmes: 'Union programmes (2021)' } as Record<ItemSet, string>,
  setNoun: { roadmaps: 'roadmaps', programmes: 'union programmes' } as Record<ItemSet, string>,
  setPicker: 'Which items',
  filtered: 'Filtered as on the board:',
  clearFilters: 'Clear filters',
  filterKinds: { topics: 'Topic', statuses: 'Status', actors: 'Actor', outcomes: 'Outcome', q: 'Search' },
  showTable: 'Show as table',
  sources: 'Sources',
  asOf: (date: string) => `As of ${date}`,
  showOnBoard: ', show them on the board',
  loadingChart: 'Drawing the chart…',

  statusTitle: 'Status breakdown',
  statusSummary: (total: string, noun: string, parts: string) => `${total} ${noun} listed: ${parts}.`,
  emptyNotListed: (noun: string) => `No ${noun} were listed yet on this date.`,
  emptyNoMatch: 'No items match the filters on this date.',
  statusColumn: 'Status',
  itemsColumn: 'Items',
  shareColumn: 'Share',

  matrixTitle: 'Topics by status',
  matrixSummary: (rows: string, untagged: string) =>
    `Status of the items on each of ${rows} topics; an item with several topics counts in each row. ${untagged} items carry no topic and are not shown.`,
  topicColumn: 'Topic',
  totalColumn: 'Total',
  cellLabel: (count: string, topic: string, status: string) => `${count}: ${topic}, ${status}, show them on the board`,

  countsTitle: 'Reported progress: roadmaps and programmes',
  claimRecord: (id: string) => `The reported figure ${id}: who reported it, when, and the sources`,
  closeClaimRecord: 'Close the figure',
  countsSummary:
    'Each mark is one reported figure with its claimant; where reports disagree every figure is shown. The line follows the latest figure where reports agree. The figures are totals for the whole programme, so the filters do not apply to this chart.',
  percentTitle: 'Reported implementation of the measures',
  percentSummary:
    'Share of the union programmes’ measures (2021–2023) and of the 2024–2026 package reported done, as each official put it.',
  emptyNothingReported: 'No figures had been reported by this date.',
  chart: {
    asOf: 'as of',
    claimedBy: 'claimed by',
    inferred: 'inferred',
    conflict: 'Other reports give a different figure; none is picked.',
    sources: 'Sources',
    inferredMark: 'Inferred from a report',
    conflictMark: 'Disputed: reports disagree',
    eventLine: 'Key event (numbered below)',
  },
  seriesColumn: 'Figure',
  dateColumn: 'Date',
  valueColumn: 'Reported',
  claimantColumn: 'Claimed by',
  noteColumn: 'Note',
  disputed: 'disputed',
  inferred: 'inferred',
  eventsHeading: 'Key events on the chart',

  ganttTitle: 'Deadlines and what became of them',
  ganttSummary: (count: string, parts: string) =>
    `${count} deadlines had been set by this date: ${parts}. Bars run from the day a deadline was set to its due date; dashed arrows show a moved date, ◆ the day a late target was met.`,
  ganttWholeProgramme: 'Whole programme',
  yearRange: { legend: 'Years shown', from: 'from', to: 'to', all: 'All years' },
  ganttLabels: { set: 'set', due: 'due', movedTo: 'moved to', metOn: 'met on', today: 'Today', asOf: 'As of' },
  emptyNothingSet: 'No deadline had been set by this date.',
  deadlineColumn: 'Deadline',
  setColumn: 'Set',
  dueColumn: 'Due',
  outcomeColumn: 'Outcome',
  laterColumn: 'Outcome chain',

  changesTitle: (from: string, to: string) => `What changed between ${from} and ${to}`,
  changesSummary: (moves: string, known: string, due: string, counts: string) =>
    `${moves} status changes, ${known} changes in what is known, ${due} deadlines fell due and ${counts} reported figures changed.`,
  changesSameDate: 'The comparison date is the as-of date: pick another date to compare.',
  changesNothing: 'Nothing recorded changed between these dates.',
  clearCompare: 'Stop comparing',
  statusChanges: 'Status changes',
  knowledgeChanges: 'Changes in what is known',
  knowledgeNote:
    'Not changes in the items themselves: an item newly listed, or sources that stopped or resumed naming its status.',
  kindColumn: 'What changed',
  moveKinds: {
    status: 'Status changed',
    'became-known': 'Became known',
    'stopped-reported': 'Stopped being reported',
    'reported-again': 'Reported again',
  } as Record<MoveKind, string>,
  fellDue: 'Deadlines that fell due',
  countChanges: 'Reported figures',
  itemColumn: 'Item',
  fromColumn: 'Before',
  toColumn: 'After',
  titleNotPublic: 'title not public',
  notListed: 'not yet listed',
  noneReported: 'none reported',
  noneInSection: 'None.',
  rowsNotShown: (count: string) => `${count} more not shown.`,
  showMoreRows: (count: string) => `Show ${count} more`,
  movesByKind: 'Status changes by kind',
  countLabels: {
    'roadmaps-agreed': 'Roadmaps agreed',
    'roadmaps-open': 'Roadmaps open',
    'programmes-agreed': 'Programmes agreed',
    'programmes-completed': 'Programmes completed',
    'measures-percent-done': 'Measures done',
  } as Record<string, string>,
}

export type ChartsText = typeof en

const ru: ChartsText = {
  heading: 'Графики',
  intro:
    'Все графики следуют выбранной выше дате и фильтрам доски. Нажмите на статус, чтобы увидеть эти пункты на доске.',
  sets: { roadmaps: 'Дорожные карты (2019)', programmes: 'Союзные программы (2021)' },
  setNoun: { roadmaps: 'дорожные карты', programmes: 'союзные программы' },
  setPicker: 'Какие пункты',
  filtered: 'Фильтры доски:',
  clearFilters: 'Сбросить фильтры',
  filterKinds: { topics: 'Тема', statuses: 'Статус', actors: 'Участник', outcomes: 'Итог', q: 'Поиск' },
  showTable: 'Показать таблицей',
  sources: 'Источники',
  asOf: (date: string) => `На ${date}`,
  showOnBoard: ', показать на доске',
  loadingChart: 'Строим график…',

  statusTitle: 'Распределение по статусам',
  statusSummary: (total: string, noun: string, parts: string) =>
    `${noun.charAt(0).toUpperCase()}${noun.slice(1)} — всего ${total}: ${parts}.`,
  emptyNotListed: (noun: string) => `На эту дату ${noun} ещё не составлены.`,
  emptyNoMatch: 'На эту дату под фильтры не подходит ни один пункт.',
  statusColumn: 'Статус',
  itemsColumn: 'Пунктов',
  shareColumn: 'Доля',

  matrixTitle: 'Темы и статусы',
  matrixSummary: (rows: string, untagged: string) =>
    `Статусы пунктов по темам (тем: ${rows}); пункт с несколькими темами учтён в каждой строке. Пунктов без темы: ${untagged}, они не показаны.`,
  topicColumn: 'Тема',
  totalColumn: 'Всего',
  cellLabel: (count: string, topic: string, status: string) => `${count}: ${topic}, ${status}, показать на доске`,

  countsTitle: 'Заявленный прогресс: карты и программы',
  claimRecord: (id) => `Заявленная цифра ${id}: кто её назвал, когда и по каким источникам`,
  closeClaimRecord: 'Закрыть цифру',
  countsSummary:
    'Каждая отметка — одна заявленная цифра с её автором; если сообщения расходятся, показаны все цифры. Линия идёт по последней цифре там, где сообщения совпадают. Цифры — итоги по всей программе, поэтому фильтры к этому графику не применяются.',
  percentTitle: 'Заявленное выполнение мероприятий',
  percentSummary:
    'Доля выполненных мероприятий союзных программ (2021–2023) и пакета 2024–2026 годов — как её назвал каждый чиновник.',
  emptyNothingReported: 'К этой дате цифр ещё не называли.',
  chart: {
    asOf: 'на дату',
    claimedBy: 'заявил(а)',
    inferred: 'вывод',
    conflict: 'Другие источники называют другую цифру; ни одна не выбрана.',
    sources: 'Источники',
    inferredMark: 'Выведено из сообщения',
    conflictMark: 'Спорно: сообщения расходятся',
    eventLine: 'Ключевое событие (номера ниже)',
  },
  seriesColumn: 'Показатель',
  dateColumn: 'Дата',
  valueColumn: 'Заявлено',
  claimantColumn: 'Кто заявил',
  noteColumn: 'Примечание',
  disputed: 'спорно',
  inferred: 'вывод',
  eventsHeading: 'Ключевые события на графике',

  ganttTitle: 'Сроки и что с ними стало',
  ganttSummary: (count: string, parts: string) =>
    `Сроков, назначенных к этой дате: ${count} (${parts}). Полоса идёт от дня, когда срок назначили, до самого срока; пунктирная стрелка — перенос, ◆ — день, когда цель выполнили с опозданием.`,
  ganttWholeProgramme: 'Вся программа',
  yearRange: { legend: 'Годы', from: 'с', to: 'по', all: 'Все годы' },
  ganttLabels: {
    set: 'назначен',
    due: 'срок',
    movedTo: 'перенесён на',
    metOn: 'выполнен',
    today: 'Сегодня',
    asOf: 'На дату',
  },
  emptyNothingSet: 'К этой дате сроков ещё не назначали.',
  deadlineColumn: 'Срок',
  setColumn: 'Назначен',
  dueColumn: 'Срок',
  outcomeColumn: 'Итог',
  laterColumn: 'Цепочка итогов',

  changesTitle: (from: string, to: string) => `Что изменилось с ${from} по ${to}`,
  changesSummary: (moves: string, known: string, due: string, counts: string) =>
    `Смен статуса: ${moves}; изменений в том, что известно: ${known}; наступивших сроков: ${due}; изменившихся цифр: ${counts}.`,
  changesSameDate: 'Дата сравнения совпадает с датой среза: выберите другую дату.',
  changesNothing: 'Между этими датами ничего не изменилось.',
  clearCompare: 'Без сравнения',
  statusChanges: 'Смены статуса',
  knowledgeChanges: 'Изменения в том, что известно',
  knowledgeNote:
    'Это не изменения самих пунктов: пункт впервые появился в списке, или источники перестали либо снова стали называть его статус.',
  kindColumn: 'Что изменилось',
  moveKinds: {
    status: 'Сменился статус',
    'became-known': 'Стал известен',
    'stopped-reported': 'Перестал упоминаться',
    'reported-again': 'Снова упоминается',
  },
  fellDue: 'Наступившие сроки',
  countChanges: 'Заявленные цифры',
  itemColumn: 'Пункт',
  fromColumn: 'До',
  toColumn: 'После',
  titleNotPublic: 'название не опубликовано',
  notListed: 'ещё не в списке',
  noneReported: 'не сообщалось',
  noneInSection: 'Нет.',
  rowsNotShown: (count: string) => `Ещё не показано: ${count}.`,
  showMoreRows: (count: string) => `Показать ещё ${count}`,
  movesByKind: 'Смены статуса по видам',
  countLabels: {
    'roadmaps-agreed': 'Карт согласовано',
    'roadmaps-open': 'Карт не согласовано',
    'programmes-agreed': 'Программ согласовано',
    'programmes-completed': 'Программ выполнено',
    'measures-percent-done': 'Мероприятий выполнено',
  },
}

const TEXT = { en, ru } as const

export function useChartsText(): ChartsText {
  return TEXT[useLang()]
}
