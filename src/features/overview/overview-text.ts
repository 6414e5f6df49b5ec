// The overview's headline chart in English and Russian. Sentences take figures and dates already formatted.
import type { ProgressChartLabels } from '../../components/charts/progress-chart-parts'
import { useLang } from '../../state/use-t'

const en = {
  title: 'From 31 roadmaps to the 2024–2026 package',
  summary:
    'Each mark is one reported figure with who reported it, and where reports disagree every figure is shown side by side. Roadmaps and programmes are counted on the left axis, the share of the 2024–2026 measures reported done on the right. The numbered lines are the turning points, listed under the chart. Choose a mark or a number to see its record and sources.',
  stamp: (date: string) => `As of ${date}`,
  showTable: 'Show as table',
  sources: 'Sources',
  loading: 'Drawing the chart…',
  empty: 'Nothing had been reported by this date.',
  chart: {
    asOf: 'as of',
    claimedBy: 'claimed by',
    inferred: 'inferred',
    conflict: 'Other reports give a different figure; none is picked.',
    sources: 'Sources',
    inferredMark: 'Inferred from a report',
    conflictMark: 'Disputed: reports disagree',
    eventLine: 'Turning point (numbered below)',
  } satisfies ProgressChartLabels,
  turningPointsHeading: 'Turning points',
  mark: (series: string, value: string, date: string, claimant: string, disputed: boolean) =>
    `${series}: ${value}, ${date}, claimed by ${claimant}${disputed ? ' (disputed)' : ''}`,
  turningPoint: (number: number, date: string, title: string) => `Turning point ${number}: ${date}, ${title}`,
  recordHeading: (name: string) => `Record: ${name}`,
  closeRecord: 'Close the record',
  whatColumn: 'What',
  dateColumn: 'Date',
  reportedColumn: 'Reported',
  claimantColumn: 'Claimed by',
  noteColumn: 'Note',
  disputed: 'disputed',
  inferred: 'inferred',
  turningPointRow: (number: number) => `Turning point ${number}`,
  /** The exported picture's key. */
  figureKey: {
    stepLine: 'Line: the latest figure, where reports agree',
    turningPointLine: 'Turning point: a numbered dashed line',
    asOfLine: 'The date shown',
    turningPointsTitle: 'Turning points (numbered on the chart)',
    turningPointNote: (date: string, title: string) => `${date}: ${title}`,
  },
}

export type OverviewText = typeof en

const ru: OverviewText = {
  title: 'От 31 дорожной карты до пакета 2024–2026 годов',
  summary:
    'Каждая отметка — одна заявленная цифра и тот, кто её назвал; если сообщения расходятся, все цифры стоят рядом. Дорожные карты и программы считаются по левой оси, доля выполненных мероприятий 2024–2026 годов — по правой. Пронумерованные линии — поворотные моменты, их список под графиком. Выберите отметку или номер, чтобы увидеть запись и источники.',
  stamp: (date) => `На ${date}`,
  showTable: 'Показать таблицей',
  sources: 'Источники',
  loading: 'График строится…',
  empty: 'К этой дате ничего не сообщалось.',
  chart: {
    asOf: 'на дату',
    claimedBy: 'заявил(а)',
    inferred: 'вывод',
    conflict: 'Другие источники называют другую цифру; ни одна не выбрана.',
    sources: 'Источники',
    inferredMark: 'Выведено из сообщения',
    conflictMark: 'Спорно: сообщения расходятся',
    eventLine: 'Поворотный момент (номера ниже)',
  },
  turningPointsHeading: 'Поворотные моменты',
  mark: (series, value, date, claimant, disputed) =>
    `${series}: ${value}, ${date}, заявил(а) ${claimant}${disputed ? ' (спорно)' : ''}`,
  turningPoint: (number, date, title) => `Поворотный момент ${number}: ${date}, ${title}`,
  recordHeading: (name) => `Запись: ${name}`,
  closeRecord: 'Закрыть запись',
  whatColumn: 'Что',
  dateColumn: 'Дата',
  reportedColumn: 'Заявлено',
  claimantColumn: 'Кто заявил',
  noteColumn: 'Примечание',
  disputed: 'спорно',
  inferred: 'вывод',
  turningPointRow: (number) => `Поворотный момент ${number}`,
  figureKey: {
    stepLine: 'Линия: последняя цифра там, где сообщения совпадают',
    turningPointLine: 'Поворотный момент: пронумерованная пунктирная линия',
    asOfLine: 'Выбранная дата',
    turningPointsTitle: 'Поворотные моменты (номера на графике)',
    turningPointNote: (date, title) => `${date}: ${title}`,
  },
}

export const OVERVIEW_TEXT = { en, ru } as const

export function useOverviewText(): OverviewText {
  return OVERVIEW_TEXT[useLang()]
}
