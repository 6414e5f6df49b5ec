// The bundled data as the build checked it (scripts/checked-data-plugin.ts): the first screen waits for neither
// the validator nor its work. Where the check failed (the dev server), its problems go to the error screen.
import checked from 'virtual:checked-data'
import type { Dataset } from '../domain/types'
import { DataError } from './data-error'
import { toDomain } from './to-domain'

export function bundledDataset(): Dataset {
  if (!checked.ok) throw new DataError(checked.problems)
  return toDomain(checked.data.raw, checked.data.translated)
}
