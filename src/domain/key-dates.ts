import type { Lang } from '../i18n/lang'
// The dates people ask about: presets for the as-of control and the steps of its play button.
import type { IsoDate } from './types'

export interface KeyDate {
  readonly date: IsoDate
  readonly label: Record<Lang, string>
}

export const KEY_DATES: readonly KeyDate[] = [
  { date: '2019-09-06', label: { en: '31 roadmaps initialled', ru: 'Парафирована 31 карта' } },
  { date: '2019-11-29', label: { en: '11 of 31 still open', ru: '11 из 31 не согласованы' } },
  { date: '2019-12-07', label: { en: 'Sochi talks, compromise deadline', ru: 'Переговоры в Сочи, срок компромисса' } },
  { date: '2019-12-20', label: { en: 'St Petersburg talks', ru: 'Переговоры в Петербурге' } },
  { date: '2021-02-22', label: { en: '6–7 maps left', ru: 'Осталось 6–7 карт' } },
  {
    date: '2021-09-10',
    label: { en: '28 programmes approved by ministers', ru: '28 программ одобрены Советом Министров' },
  },
  { date: '2021-11-04', label: { en: 'Supreme State Council decree', ru: 'Декрет Высшего Государственного Совета' } },
]
