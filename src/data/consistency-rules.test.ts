import { fixtureTexts } from '../testing/fixture-data'
import { formatProblem } from './data-error'
import { parseDataset, type DataFileTexts } from './parse-dataset'

type Json = Record<string, unknown>

function problemsOf(texts: DataFileTexts): string[] {
  const result = parseDataset(texts, { requireFullProgramme: false })
  return result.ok ? [] : result.problems.map(formatProblem)
}

const byId = (json: Record<string, unknown>, file: string, id: string): Json => {
  const record = (json[file] as Json[]).find((entry) => entry.id === id)
  if (!record) throw new Error(`fixture ${file} has no ${id}`)
  return record
}
const outcome = (date: string, kind: string, precision = 'day') => ({
  date,
  precision,
  outcome: kind,
  summary: { en: `${kind} on ${date}.`, ru: `${kind}: ${date}.` },
  sources: ['S26'],
})

describe('deadline outcomes', () => {
  it.each([
    ['a day before the due date', outcome('2019-12-01', 'missed'), ['targets.json › T05 › outcomes[0].date: a missed outcome dated 2019-12-01 comes before the due date (2019-12-08)']],
    ['in a month that ends before it', outcome('2019-11', 'late', 'month'), ['targets.json › T05 › outcomes[0].date: a late outcome dated 2019-11 comes before the due date (2019-12-08)']],
    ['in a year that ends before it', outcome('2018', 'partly-met', 'year'), ['targets.json › T05 › outcomes[0].date: a partly-met outcome dated 2018 comes before the due date (2019-12-08)']],
    ['on the due date', outcome('2019-12-08', 'missed'), []],
    ['in the due month (it counts from the day after)', outcome('2019-12', 'missed', 'month'), []],
    ['before it, while still pending', outcome('2019-12-01', 'pending'), []],
  ])('judges a deadline %s', (_, report, expected) => {
    const texts = fixtureTexts((json) => {
      const target = byId(json, 'targets.json', 'T05')
      target.outcomes = [{ ...report, ...(report.outcome === 'late' ? { metOn: '2019-12-20' } : {}) }]
    })
    expect(problemsOf(texts)).toEqual(expected)
  })

  it('rejects outcomes out of date order', () => {
    const texts = fixtureTexts((json) => {
      byId(json, 'targets.json', 'T05').outcomes = [outcome('2019-12-20', 'missed'), outcome('2019-12-08', 'missed')]
    })
    expect(problemsOf(texts)).toEqual([
      'targets.json › T05 › outcomes[1].date: dated before the outcome above it (2019-12-20): outcomes go in date order',
    ])
  })

  it('rejects any outcome after a superseded one', () => {
    const texts = fixtureTexts((json) => {
      byId(json, 'targets.json', 'T05').outcomes = [outcome('2019-12-08', 'superseded'), outcome('2019-12-20', 'missed')]
    })
    expect(problemsOf(texts)).toEqual([
      'targets.json › T05 › outcomes[1].outcome: follows the superseded outcome at outcomes[0]: a replaced deadline has no later outcome',
    ])
  })

  it('rejects a programme-wide deadline copied onto every item', () => {
    const texts = fixtureTexts((json) => {
      byId(json, 'targets.json', 'T04').appliesTo = ['RM01', 'RM02', 'RM03']
    })
    expect(problemsOf(texts)).toEqual([
      'targets.json › T04 › appliesTo: lists every roadmap: a deadline of the whole programme leaves appliesTo out',
    ])
  })
})

describe('item statuses against same-date counts', () => {
  // RM01 is reported open from 20 Dec 2019 (S26); a count from the same day and source says none are.
  const noneOpen = (json: Record<string, unknown>) => {
    const counts = json['counts.json'] as Json[]
    counts.push({ ...byId(json, 'counts.json', 'C03'), id: 'C04', date: '2019-12-20', value: 0, sources: ['S26'] })
  }

  it('rejects an item open where a count allows none', () => {
    expect(problemsOf(fixtureTexts(noneOpen))).toEqual([
      'counts.json › C04 › value: allows at most 0 of the roadmaps open on 2019-12-20, but the own reports of 1 have them open (RM01): correct a status, or list C04 in that report\'s contradicts',
    ])
  })

  it('counts "all but one agreed" as leaving room for one open', () => {
    const texts = fixtureTexts((json) => {
      noneOpen(json)
      Object.assign(byId(json, 'counts.json', 'C04'), { metric: 'agreed', value: 30, of: 31 })
    })
    expect(problemsOf(texts)).toEqual([])
  })

  it('accepts the disagreement once the report lists the count it contradicts', () => {
    const texts = fixtureTexts((json) => {
      noneOpen(json)
      const [, open] = byId(json, 'roadmaps.json', 'RM01').history as Json[]
      if (open) open.contradicts = ['C04']
    })
    expect(problemsOf(texts)).toEqual([])
  })
})

describe('inferred dates', () => {
  it('rejects a date inferred in one record and stated in another for the same fact', () => {
    // C02 dates Semashko's remarks to Friday 29 Nov 2019 by inference, from SD0.
    const texts = fixtureTexts((json) => {
      Object.assign(byId(json, 'events.json', 'E001'), { date: '2019-11-29', sources: ['SD0'] })
    })
    expect(problemsOf(texts)).toEqual([
      'events.json › E001 › date: 2019-11-29 is marked inferred for the same fact in counts.json › C02 › date (shared source): mark it here too, or there not',
    ])
  })

  it('leaves the same date from unrelated sources alone', () => {
    const texts = fixtureTexts((json) => {
      Object.assign(byId(json, 'events.json', 'E001'), { date: '2019-11-29' })
    })
    expect(problemsOf(texts)).toEqual([])
  })
})
