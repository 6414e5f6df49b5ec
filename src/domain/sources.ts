// Which of a record's sources a reader could have seen on a date: those published by then. A later source is
// counted, not shown, so travelling back in time never cites (or names) what was written afterwards.
import { knownFrom } from './dates'
import type { IsoDate, Source } from './types'

export interface SourcesAsOf {
  /** Sources published by the date; ids that resolve to no source stay as strings, to be shown as missing. */
  readonly shown: readonly (Source | string)[]
  /** Sources published after the date. */
  readonly later: number
}

export function sourcesAsOf(
  ids: readonly string[],
  sourcesById: ReadonlyMap<string, Source>,
  asOf: IsoDate,
): SourcesAsOf {
  const shown: (Source | string)[] = []
  let later = 0
  for (const id of ids) {
    const source = sourcesById.get(id)
    if (source && knownFrom(source.date) > asOf) later++
    else shown.push(source ?? id)
  }
  return { shown, later }
}

/**
 * Whether a record resting on these sources was known on the date: from its earliest source on. An id that resolves
 * to no source counts as out, as sourcesAsOf shows it.
 */
export function isSourcedAt(ids: readonly string[], sourcesById: ReadonlyMap<string, Source>, asOf: IsoDate): boolean {
  return sourcesAsOf(ids, sourcesById, asOf).shown.length > 0
}
