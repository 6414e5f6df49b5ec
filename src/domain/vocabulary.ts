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
