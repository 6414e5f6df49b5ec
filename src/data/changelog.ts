// The dataset's releases, newest first. The methodology page shows them; data/README.md keeps the same list in
// prose, and a test holds both, and the newest release's record counts, to the bundled data.
import type { IsoDate } from '../domain/types'

export interface DatasetRelease {
  /** The DATA_VERSION this release shipped as. */
  readonly version: IsoDate
  /** The latest dated fact it holds: its "as of". */
  readonly factsAsOf: IsoDate
  /** Records per data file at release. */
  readonly records: {
    readonly roadmaps: number
    readonly programmes: number
    readonly targets: number
    readonly counts: number
    readonly events: number
    readonly sources: number
  }
  readonly notes: { readonly en: string; readonly ru: string }
}

export const CHANGELOG: readonly DatasetRelease[] = [
  {
    version: '2026-12-02',
    factsAsOf: '2026-02-27',
    records: { roadmaps: 31, programmes: 28, targets: 30, counts: 58, events: 84, sources: 142 },
    notes: {
      en:
        'Corrections from an audit; texts split into dated records so none tells of later events; programme-wide ' +
        'deadlines no longer copied onto every item; conflicts between item statuses and counts recorded; the ' +
        'February 2026 councils and the call to prepare the 2027–2029 Main Directions added; every text in English ' +
        'and Russian, quotes in their original wording; a check of the Russian translators\' doubts: the Sochi talks of ' +
        'May 2021 named as such, statements reported days later say so, the roaming decision and the oil-market ' +
        'protocol of December 2024; a fact or source dated only to a month or year now counts from its last day, so the ' +
        'default story shows the initialling on 16 September 2019 and the December deadlock on 31 December, when ' +
        'their sources were out.',
      ru:
        'Исправления по итогам проверки; тексты разделены на датированные записи, чтобы ни один не сообщал о более ' +
        'поздних событиях; сроки всей программы больше не приписаны каждой карте; расхождения статусов и подсчётов ' +
        'записаны; добавлены советы февраля 2026 года и поручение подготовить Основные направления на 2027–2029 годы; ' +
        'все тексты на русском и английском, цитаты в исходной формулировке; проверены сомнения переводчиков: ' +
        'переговоры в Сочи в мае 2021 года названы так, у заявлений, о которых сообщили позже, указана дата сообщения, ' +
        'добавлены решение по роумингу и протокол о рынке нефти декабря 2024 года; факт или источник, датированный лишь ' +
        'месяцем или годом, теперь считается известным с последнего его дня, поэтому стандартный сюжет показывает ' +
        'парафирование на 16 сентября 2019 года, а декабрьский тупик — на 31 декабря, когда вышли их источники.',
    },
  },
  {
    version: '2026-11-25',
    factsAsOf: '2026-02-26',
    records: { roadmaps: 31, programmes: 28, targets: 30, counts: 58, events: 83, sources: 134 },
    notes: {
      en: 'First release, compiled from the research fact base of 24 November 2026.',
      ru: 'Первый выпуск, составлен по базе фактов исследования от 24 ноября 2026 года.',
    },
  },
]
