// The closed vocabularies of the dataset. Labels, icons and colours live in status.ts / outcome.ts.

export const STATUSES = [
  'drafting',
  'open',
  'agreed',
  'approved',
  'completed',
  'set-aside',
  'superseded',
  'unattributed',
] as const
export type Status = (typeof STATUSES)[number]

export const OUTCOMES = ['met', 'late', 'partly-met', 'missed', 'moved', 'superseded', 'pending', 'unknown'] as const
export type Outcome = (typeof OUTCOMES)[number]

/**
 * What a deadline shows on a date: an outcome the data reports, or `overdue`, which the data never states — a
 * deadline past its (last moved) due date with no result reported. `unknown` reports are steps of the chain only.
 */
export const DEADLINE_STATES = [
  'met',
  'late',
  'partly-met',
  'missed',
  'moved',
  'superseded',
  'pending',
  'overdue',
] as const
export type DeadlineStatus = (typeof DEADLINE_STATES)[number]
