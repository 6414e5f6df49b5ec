/** One export a view offers: the button's short label, its full accessible name, and the work (returns the file name). */
export interface ExportAction {
  readonly id: string
  readonly label: string
  readonly name: string
  readonly run: () => Promise<string>
}
