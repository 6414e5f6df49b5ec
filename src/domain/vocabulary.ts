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

/**
 * What a timeline event is, as the tracker classifies it from its own title and summary (one kind per event):
 * `development` is anything else that happened, such as a document sent on, supplies halted or a session not held.
 */
export const EVENT_KINDS = ['talks', 'signing', 'statement', 'publication', 'appointment', 'development'] as const
export type EventKind = (typeof EVENT_KINDS)[number]
