import type { Lang } from '../i18n/lang'
// What the progress charts plot: which reported figures, and how each series looks (colour token and mark shape,
// so series differ without colour).
import type { CountQuery } from './counts'

export type ProgressUnit = 'count' | 'percent'
export type MarkShape = 'circle' | 'triangle' | 'square' | 'diamond'

export interface ProgressSpec {
  readonly key: string
  readonly query: Required<CountQuery>
  readonly unit: ProgressUnit
  readonly label: Record<Lang, string>
  /** CSS colour token; the mark shape tells series apart without colour. */
  readonly token: string
  readonly shape: MarkShape
}

/** What the progress charts plot: the figures officials reported for each cycle. */
export const PROGRESS_SPECS: readonly ProgressSpec[] = [
  {
    key: 'roadmaps-agreed',
    query: { subject: 'roadmaps', metric: 'agreed', cycle: '2019-roadmaps' },
    unit: 'count',
    label: { en: 'Roadmaps agreed', ru: 'Карт согласовано' },
    token: '--status-agreed',
    shape: 'circle',
  },
  {
    key: 'roadmaps-open',
    query: { subject: 'roadmaps', metric: 'open', cycle: '2019-roadmaps' },
    unit: 'count',
    label: { en: 'Roadmaps open', ru: 'Карт не согласовано' },
    token: '--status-open',
    shape: 'triangle',
  },
  {
    key: 'programmes-agreed',
    query: { subject: 'programmes', metric: 'agreed', cycle: '2021-programmes' },
    unit: 'count',
    label: { en: 'Programmes agreed', ru: 'Программ согласовано' },
    token: '--status-approved',
    shape: 'square',
  },
  {
    key: 'programmes-completed',
    query: { subject: 'programmes', metric: 'completed', cycle: '2021-programmes' },
    unit: 'count',
    label: { en: 'Programmes completed', ru: 'Программ выполнено' },
    token: '--status-completed',
    shape: 'diamond',
  },
  {
    key: 'measures-done-2021',
    query: { subject: 'measures', metric: 'percent-done', cycle: '2021-programmes' },
    unit: 'percent',
    label: { en: '2021–2023 measures done', ru: 'Мероприятий 2021–2023 годов выполнено' },
    token: '--status-approved',
    shape: 'square',
  },
  {
    key: 'measures-done-2024',
    query: { subject: 'measures', metric: 'percent-done', cycle: '2024-package' },
    unit: 'percent',
    label: { en: '2024–2026 measures done', ru: 'Мероприятий 2024–2026 годов выполнено' },
    token: '--status-set-aside',
    shape: 'diamond',
  },
]
