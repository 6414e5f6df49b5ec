// The dates people ask about: presets for the as-of control and the steps of its play button.
import type { IsoDate } from './types'

export interface KeyDate {
  readonly date: IsoDate
  readonly label: string
  readonly labelRu: string
}

export const KEY_DATES: readonly KeyDate[] = [
  { date: '2019-09-06', label: '31 roadmaps initialled', labelRu: 'Парафированы 31 карта' },
  { date: '2019-11-29', label: '11 of 31 still open', labelRu: '11 из 31 не согласованы' },
  { date: '2019-12-07', label: 'Sochi talks, compromise deadline', labelRu: 'Сочи, срок компромисса' },
  { date: '2019-12-20', label: 'St Petersburg talks', labelRu: 'Переговоры в Петербурге' },
  { date: '2021-02-22', label: '6–7 maps left', labelRu: 'Осталось 6–7 карт' },
  { date: '2021-09-10', label: '28 programmes approved by ministers', labelRu: '28 программ одобрены Совмином' },
  { date: '2021-11-04', label: 'Supreme State Council decree', labelRu: 'Декрет Высшего госсовета' },
]
