/** How one term of a closed vocabulary (a status, an outcome) reads and looks. */
export interface TermMeta {
  readonly label: string
  readonly labelRu: string
  readonly icon: string
  readonly order: number
  /** CSS custom property holding the term's colour. */
  readonly token: string
  readonly description: string
}
