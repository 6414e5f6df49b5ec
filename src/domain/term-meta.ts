import type { Lang } from '../i18n/lang'

/** How one term of a closed vocabulary (a status, an outcome) reads and looks. */
export interface TermMeta {
  readonly label: Record<Lang, string>
  readonly icon: string
  readonly order: number
  /** CSS custom property holding the term's colour. */
  readonly token: string
  readonly description: Record<Lang, string>
}
