// The overview's "story in numbers": which facts to headline is editorial (this file); every number, date,
// outcome and source comes from the dataset through the selectors.
import { claimsInGroup, claimsOn, latestClaims } from './counts'
import { addDays, minDate } from './dates'
import { isTargetKnownAt, outcomeAsOf, type OutcomeState } from './deadlines'
import { isKnownAt } from './items'
import type { CountClaim, Dataset, IsoDate, Target, TimelineEvent } from './types'

export type StoryKey =
  | 'initialled'
  | 'open-before-deadline'
  | 'signing'
  | 'open-after-deadline'
  | 'december-agreed'
  | 'programmes-agreed'
  | 'programmes-approved'
  | 'package-progress'

interface StoryBase {
  readonly key: StoryKey
  readonly date: IsoDate | null
}

export type StoryStep =
  | (StoryBase & { readonly kind: 'count'; readonly claims: readonly CountClaim[] })
  | (StoryBase & { readonly kind: 'conflict'; readonly claims: readonly CountClaim[] })
  | (StoryBase & { readonly kind: 'outcome'; readonly target: Target; readonly state: OutcomeState })
  | (StoryBase & { readonly kind: 'event'; readonly event: TimelineEvent })

export const STORY_IDS = {
  compromiseDeadline: 'T04',
  signing: 'T05',
  decemberConflict: 'dec-2019-agreed',
  initialledOn: '2019-09-06',
  programmesAgreedBy: '2021-09-10',
  programmesApprovedOn: '2021-11-04',
} as const

/**
 * The overview's headline chart of the 2019 → 2026 arc: which reported figures it plots (progress specs, by key)
 * and which timeline events it marks as the turning points, numbered in this order. Every date, figure, title and
 * source comes from the dataset.
 */
export const HEADLINE_ARC = {
  seriesKeys: ['roadmaps-agreed', 'roadmaps-open', 'programmes-agreed', 'measures-done-2024'],
  turningPointIds: [
    'E012', // 31 roadmaps initialled
    'E021', // 11 items open, a 7 December deadline
    'E023', // the planned signing passes
    'E050', // 28 programmes agreed
    'E052', // the 28 programmes approved
    'E075', // the 2024–2026 package adopted
    'E083', // its latest reported progress
  ],
} as const

/** Targets the overview lists under "headline deadlines", in story order. */
export const HEADLINE_TARGET_IDS = [
  'T02',
  'T04',
  'T05',
  'T08',
  'T11',
  'T12',
  'T13',
  'T16',
  'T17',
  'T21',
  'T22',
  'T24',
  'T30',
] as const

/** The story as it could be told on `asOf`: steps dated later are left out, so it never tells the future. */
export function buildStory(dataset: Dataset, asOf: IsoDate): readonly StoryStep[] {
  const steps: StoryStep[] = []
  const initialled = claimsOn(dataset.counts, { subject: 'roadmaps', metric: 'total' }, STORY_IDS.initialledOn)
  if (initialled.length > 0 && STORY_IDS.initialledOn <= asOf)
    steps.push({ key: 'initialled', kind: 'count', date: STORY_IDS.initialledOn, claims: initialled })

  const deadline = dataset.targetsById.get(STORY_IDS.compromiseDeadline)
  if (deadline && isTargetKnownAt(deadline, asOf)) {
    const before = latestClaims(
      dataset.counts,
      { subject: 'roadmaps', metric: 'open' },
      minDate(addDays(deadline.due.end, -1), asOf),
    )
    if (before.claims.length > 0)
      steps.push({ key: 'open-before-deadline', kind: 'count', date: before.date, claims: before.claims })
  }
  const signing = dataset.targetsById.get(STORY_IDS.signing)
  if (signing && isTargetKnownAt(signing, asOf))
    steps.push({
      key: 'signing',
      kind: 'outcome',
      date: signing.due.end,
      target: signing,
      state: outcomeAsOf(signing, asOf),
    })
  if (deadline && deadline.due.end <= asOf) {
    const after = latestClaims(dataset.counts, { subject: 'roadmaps', metric: 'open' }, deadline.due.end)
    if (after.claims.length > 0)
      steps.push({ key: 'open-after-deadline', kind: 'count', date: after.date, claims: after.claims })
  }
  const december = claimsInGroup(dataset.counts, STORY_IDS.decemberConflict).filter((claim) => isKnownAt(claim, asOf))
  if (december.length > 0) steps.push({ key: 'december-agreed', kind: 'conflict', date: null, claims: december })

  const programmes = latestClaims(
    dataset.counts,
    { subject: 'programmes', metric: 'agreed' },
    minDate(STORY_IDS.programmesAgreedBy, asOf),
  )
  if (programmes.claims.length > 0)
    steps.push({ key: 'programmes-agreed', kind: 'count', date: programmes.date, claims: programmes.claims })
  const approval = dataset.events.find(
    (event) => event.date.start === STORY_IDS.programmesApprovedOn && event.milestone && isKnownAt(event, asOf),
  )
  if (approval) steps.push({ key: 'programmes-approved', kind: 'event', date: approval.date.start, event: approval })

  const progress = latestClaims(
    dataset.counts,
    { subject: 'measures', metric: 'percent-done', cycle: '2024-package' },
    asOf,
  )
  if (progress.claims.length > 0)
    steps.push({ key: 'package-progress', kind: 'count', date: progress.date, claims: progress.claims })
  return inDateOrder(steps)
}

/** When a step happened: its own date, or for claims that disagree, the day of the last of them. */
function stepDate(step: StoryStep): IsoDate {
  if (step.date !== null) return step.date
  if (step.kind === 'count' || step.kind === 'conflict')
    return step.claims.reduce((latest: IsoDate, claim) => (claim.date.end > latest ? claim.date.end : latest), '')
  return ''
}

/** The cards in the order things happened (a deadline's outcome stands on its due day); ties keep story order. */
function inDateOrder(steps: readonly StoryStep[]): readonly StoryStep[] {
  return [...steps].sort((a, b) => {
    const [first, second] = [stepDate(a), stepDate(b)]
    return first === second ? 0 : first < second ? -1 : 1
  })
}

export interface HeadlineDeadline {
  readonly target: Target
  readonly state: OutcomeState
}

/** The headline deadlines set by `asOf`, with what had become of each by then. */
export function headlineDeadlines(dataset: Dataset, asOf: IsoDate): readonly HeadlineDeadline[] {
  return HEADLINE_TARGET_IDS.flatMap((id) => {
    const target = dataset.targetsById.get(id)
    return target && isTargetKnownAt(target, asOf) ? [{ target, state: outcomeAsOf(target, asOf) }] : []
  })
}
