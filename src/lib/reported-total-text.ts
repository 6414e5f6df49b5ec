// How a reported total is set beside the item-by-item count, in English and Russian (board and status chart).
import type { ReportedMetric } from '../domain/reported-vs-known'
import { pluralForm, type Lang } from '../i18n/lang'
import { formatNumber } from './format'

export interface ReportedTotalText {
  readonly heading: string
  readonly also: string
  readonly total: (value: string, metric: ReportedMetric, who: string) => string
  readonly known: (known: number, metric: ReportedMetric) => string
  readonly why: (unattributed: number) => string
}

const RU_METRIC: Record<ReportedMetric, string> = { open: 'не согласовано', agreed: 'согласовано' }

export const REPORTED_TOTAL_TEXT: Record<Lang, ReportedTotalText> = {
  en: {
    heading: 'Reported total:',
    also: 'also',
    total: (value, metric, who) => `${value} ${metric} (${who})`,
    known: (known, metric) => `Item by item: ${formatNumber(known, 'en')} ${metric}`,
    why: (unattributed) =>
      `— sources gave the total without naming every item; ${formatNumber(unattributed, 'en')} ${pluralForm(unattributed, 'en', { one: 'item’s', other: 'items’' })} own status is not public on this date.`,
  },
  ru: {
    heading: 'Заявленный итог:',
    also: 'также',
    total: (value, metric, who) => `${RU_METRIC[metric]} ${value} (${who})`,
    known: (known, metric) => `По отдельным пунктам ${RU_METRIC[metric]}: ${formatNumber(known, 'ru')}`,
    why: (unattributed) =>
      `— источники называли итог, не перечисляя пунктов; у ${formatNumber(unattributed, 'ru')} ${pluralForm(unattributed, 'ru', { one: 'пункта', other: 'пунктов' })} собственный статус на эту дату не публиковался.`,
  },
}
