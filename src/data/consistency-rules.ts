// Rules that hold the data true over time, run after every id resolves: a deadline is judged only once due, a
// deadline's outcomes form one chain in date order, an item's status agrees with a same-date count (or says it
// does not), a deadline that binds a whole programme is not copied onto its items, and a fact's date is inferred
// everywhere or nowhere; a story's step cites only what was published by the step's date.
import { allowedBy } from '../domain/count-conflicts'
import { knownFrom, makeFuzzyDate } from '../domain/dates'
import { outcomeEffectiveDate } from '../domain/deadlines'
import { statusAsOf } from '../domain/items'
import type { Item, ItemSet, Target } from '../domain/types'
import type { Outcome } from '../domain/vocabulary'
import type { DataProblem } from './data-error'
import type { DataFileName } from './raw-schema'
import { toCount, toItem, toOutcome, toTarget, type RawDataset, type RawDated } from './to-domain'

/** Outcomes that judge a deadline, so cannot be reported before it falls due. */
const JUDGED_AFTER_DUE: ReadonlySet<Outcome> = new Set(['missed', 'late', 'partly-met', 'unknown'])

/** Items named in one problem; past this the list is cut. */
const MAX_SHOWN_ITEMS = 5

const SET_OF_CYCLE = { '2019-roadmaps': 'roadmaps', '2021-programmes': 'programmes', '2024-package': 'programmes' } as const

function targetProblems(raw: RawDataset, items: readonly Item[]): DataProblem[] {
  const problems: DataProblem[] = []
  const idsInSet = (set: ItemSet) => items.filter((item) => item.set === set).map((item) => item.id)
  for (const rawTarget of raw.targets) {
    const problem = (field: string, message: string) =>
      problems.push({ file: 'targets.json', record: rawTarget.id, field, message })
    const target: Target = toTarget(rawTarget)
    const set = SET_OF_CYCLE[target.cycle]
    const whole = idsInSet(set)
    if (whole.length > 1 && whole.every((id) => target.appliesTo.includes(id))) {
      problem('appliesTo', `lists every ${set.slice(0, -1)}: a deadline of the whole programme leaves appliesTo out`)
    }
    // File order, so a problem names the entry as stored. A month or year report in the due period is fine: it
    // counts from the day after due (outcomeEffectiveDate); one whose whole period ends before the due date is not.
    const outcomes = rawTarget.outcomes.map(toOutcome)
    outcomes.forEach((record, index) => {
      if (JUDGED_AFTER_DUE.has(record.outcome) && record.date.end < target.due.end) {
        problem(`outcomes[${index}].date`, `a ${record.outcome} outcome dated ${record.date.value} comes before the due date (${target.due.value})`)
      }
      const previous = outcomes[index - 1]
      if (previous && outcomeEffectiveDate(target, previous) > outcomeEffectiveDate(target, record)) {
        problem(`outcomes[${index}].date`, `dated before the outcome above it (${previous.date.value}): outcomes go in date order`)
      }
      const supersededAt = outcomes.findIndex((earlier, at) => at < index && earlier.outcome === 'superseded')
      if (supersededAt >= 0) {
        problem(`outcomes[${index}].outcome`, `follows the superseded outcome at outcomes[${supersededAt}]: a replaced deadline has no later outcome`)
      }
    })
  }
  return problems
}

/**
 * A count that bounds how many items of a set were open (8 of 31 open; 30 of 31 agreed leaves 1) against the
 * items whose own reports had them open at the end of the count's date. Reports that list the count in
 * `contradicts` are kept as a recorded conflict and not held against it.
 */
function countProblems(raw: RawDataset, items: readonly Item[]): DataProblem[] {
  const problems: DataProblem[] = []
  for (const rawCount of raw.counts) {
    const claim = toCount(rawCount)
    if (claim.subject !== 'roadmaps' && claim.subject !== 'programmes') continue
    const allowed = allowedBy(claim, 'open')
    if (allowed === null) continue
    const open = items.filter((item) => {
      if (item.set !== claim.subject) return false
      const change = statusAsOf(item, claim.date.end)
      return change?.status === 'open' && !change.contradicts.includes(claim.id)
    })
    if (open.length > allowed) {
      const shown = open.slice(0, MAX_SHOWN_ITEMS).map((item) => item.id)
      const ids = open.length > MAX_SHOWN_ITEMS ? `${shown.join(', ')}, …` : shown.join(', ')
      problems.push({
        file: 'counts.json',
        record: claim.id,
        field: 'value',
        message:
          `allows at most ${allowed} of the ${claim.subject} open on ${claim.date.value}, but the own reports of ` +
          `${open.length} have them open (${ids}): correct a status, or list ${claim.id} in that report's contradicts`,
      })
    }
  }
  return problems
}

interface DatedFact {
  readonly file: DataFileName
  readonly record: string
  readonly field: string
  readonly date: string
  readonly inferred: boolean
  readonly sources: readonly string[]
}

function datedFacts(raw: RawDataset): DatedFact[] {
  const facts: DatedFact[] = []
  const add = (file: DataFileName, record: string, field: string, dated: RawDated, sources: readonly string[]) =>
    facts.push({ file, record, field, date: dated.date, inferred: dated.inferred ?? false, sources })
  for (const event of raw.events) add('events.json', event.id, 'date', event, event.sources)
  for (const count of raw.counts) add('counts.json', count.id, 'date', count, count.sources)
  const itemFiles = [
    ['roadmaps.json', '', raw.roadmaps],
    ['programmes.json', 'programmes ', raw.programmes.programmes],
  ] as const
  for (const [file, label, records] of itemFiles) {
    for (const item of records) {
      item.history.forEach((change, index) => add(file, `${label}${item.id}`, `history[${index}].date`, change, change.sources))
      item.positions?.forEach((position, index) => add(file, `${label}${item.id}`, `positions[${index}].date`, position, position.sources))
    }
  }
  for (const target of raw.targets) {
    add('targets.json', target.id, 'setOn.date', target.setOn, target.sources)
    target.outcomes.forEach((outcome, index) => add('targets.json', target.id, `outcomes[${index}].date`, outcome, outcome.sources))
  }
  return facts
}

/** The same fact: the same date written the same way, from a shared source. Its date is inferred in all or none. */
function inferredProblems(raw: RawDataset): DataProblem[] {
  const problems: DataProblem[] = []
  const byDate = new Map<string, DatedFact[]>()
  for (const fact of datedFacts(raw)) byDate.set(fact.date, [...(byDate.get(fact.date) ?? []), fact])
  for (const facts of byDate.values()) {
    const inferred = facts.filter((fact) => fact.inferred)
    for (const fact of facts) {
      if (fact.inferred) continue
      const twin = inferred.find((other) => other.sources.some((id) => fact.sources.includes(id)))
      if (!twin) continue
      problems.push({
        file: fact.file,
        record: fact.record,
        field: fact.field,
        message: `${fact.date} is marked inferred for the same fact in ${twin.file} › ${twin.record} › ${twin.field} (shared source): mark it here too, or there not`,
      })
    }
  }
  return problems
}

/** Strict as-of for stories: a step dated D speaks only from sources out by D, so it cannot tell what came later. */
function storyProblems(raw: RawDataset): DataProblem[] {
  const published = new Map(raw.sources.map((source) => [source.id, knownFrom(makeFuzzyDate(source.date, source.precision))]))
  return raw.stories.flatMap((story) =>
    story.steps.flatMap((step, index) =>
      step.sources.flatMap((id, at) => {
        const date = published.get(id)
        if (date === undefined || date <= step.asOf) return []
        return [
          {
            file: 'story.json' as const,
            record: story.id,
            field: `steps[${index}].sources[${at}]`,
            message: `${id} was published ${date}, after the step's date (${step.asOf}): a step cites only what was out by its date`,
          },
        ]
      }),
    ),
  )
}

export function consistencyProblems(raw: RawDataset): DataProblem[] {
  const items = [
    ...raw.roadmaps.map((roadmap) => toItem(roadmap, 'roadmaps')),
    ...raw.programmes.programmes.map((programme) => toItem(programme, 'programmes')),
  ]
  return [...targetProblems(raw, items), ...countProblems(raw, items), ...inferredProblems(raw), ...storyProblems(raw)]
}
