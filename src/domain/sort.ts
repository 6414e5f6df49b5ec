// Orders board rows by one column. Ties (and rows without a value, which always go last) fall back to the
// tracker id, so the order is the same on every render and in every browser.
import type { BoardRow } from './board-rows'
import { compareStatus } from './status'
import type { IsoDate } from './types'
import { LOCALES, type Lang } from '../i18n/lang'
import { textIn } from '../i18n/localized-text'

export const ROW_SORT_FIELDS = ['id', 'title', 'status', 'changed', 'deadline'] as const
export type RowSortField = (typeof ROW_SORT_FIELDS)[number]

export interface RowSort {
  readonly field: RowSortField
  readonly descending: boolean
}

// Numeric collation puts RM2 before RM10 and UP9 before UP10; titles sort in the reader's language.
const collators = new Map<Lang, Intl.Collator>()
function collatorFor(lang: Lang): Intl.Collator {
  let collator = collators.get(lang)
  if (!collator) {
    collator = new Intl.Collator(LOCALES[lang], { numeric: true, sensitivity: 'base' })
    collators.set(lang, collator)
  }
  return collator
}

const compareText = (a: string, b: string) => collatorFor('en').compare(a, b)
const compareDates = (a: IsoDate, b: IsoDate) => (a < b ? -1 : a > b ? 1 : 0)

/** The date the deadline column sorts on: the next deadline if one is ahead, else the last one. */
export function deadlineSortDate(row: BoardRow): IsoDate | null {
  return (row.next ?? row.last)?.target.due.end ?? null
}

type RowCompare = (a: BoardRow, b: BoardRow, direction: 1 | -1) => number

/** Compares one value of two rows; a missing value goes last whichever the direction. */
function byValue<T>(read: (row: BoardRow) => T | null, compare: (a: T, b: T) => number): RowCompare {
  return (a, b, direction) => {
    const va = read(a)
    const vb = read(b)
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1
    return direction * compare(va, vb)
  }
}

const compareTitles = (lang: Lang): RowCompare =>
  byValue(
    (row) => (row.item.title ? textIn(row.item.title, lang) : null),
    (a, b) => collatorFor(lang).compare(a, b),
  )

const COMPARE: Record<Exclude<RowSortField, 'title'>, RowCompare> = {
  id: byValue((row) => row.item.id, compareText),
  status: byValue((row) => row.status, compareStatus),
  changed: byValue((row) => row.change.date.start, compareDates),
  deadline: byValue(deadlineSortDate, compareDates),
}

export function sortRows(rows: readonly BoardRow[], sort: RowSort, lang: Lang): readonly BoardRow[] {
  const compare = sort.field === 'title' ? compareTitles(lang) : COMPARE[sort.field]
  const direction = sort.descending ? -1 : 1
  const order = (a: BoardRow, b: BoardRow) => compare(a, b, direction) || compareText(a.item.id, b.item.id)
  // Rows usually arrive in id order, the default sort: checking that is one pass instead of a full sort of thousands.
  return isInOrder(rows, order) ? rows : [...rows].sort(order)
}

function isInOrder(rows: readonly BoardRow[], order: (a: BoardRow, b: BoardRow) => number): boolean {
  let previous: BoardRow | undefined
  for (const row of rows) {
    if (previous && order(previous, row) > 0) return false
    previous = row
  }
  return true
}
