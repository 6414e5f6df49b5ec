// The real files in data/: they must pass every check, and the selectors must reproduce the reported figures
// with their sources. The one test of the real data's figures, grouped by the view that shows them; rule tests
// elsewhere use fixtures, so a data correction changes this file only.
import { ganttYears, toGanttRows, toStatusSeries, type GanttFilter } from '../domain/chart-series'
import { changesBetween } from '../domain/changes'
import { countConflictsForItem, groupByReport } from '../domain/count-conflicts'
import { dayNumber, toProgressSeries, type ProgressData } from '../domain/progress-series'
import { PROGRESS_SPECS } from '../domain/progress-specs'
import { latestClaims, claimsInGroup, distinctValues } from '../domain/counts'
import { outcomeAsOf, targetsForItem } from '../domain/deadlines'
import { itemsByEvent } from '../domain/event-items'
import { isKnownAt, statusAsOf } from '../domain/items'
import { timelineFacetOptions, toTimelineEvents } from '../domain/timeline-events'
import { NO_FILTERS, type Filters } from '../domain/filters'
import { buildSearchIndex } from '../domain/search'
import type { Dataset, IsoDate } from '../domain/types'
import { applyFilters } from '../testing/filter-oracles'
import { parseDataset } from './parse-dataset'
import { readBundledFiles } from './load-dataset'

let dataset: Dataset

beforeAll(async () => {
  const result = parseDataset(await readBundledFiles(), { requireFullProgramme: true })
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file} ${p.record} ${p.field}: ${p.message}`).join('\n'))
  dataset = result.dataset
})

const values = (asOf: string, subject: 'roadmaps' | 'programmes', metric: 'open' | 'agreed' | 'total') =>
  latestClaims(dataset.counts, { subject, metric }, asOf).claims.map((claim) => ({ value: claim.value, of: claim.of, sources: claim.sources }))

describe('the bundled dataset', () => {
  it('holds 31 roadmaps and 28 programmes, titles unknown where never published', () => {
    const roadmaps = dataset.items.filter((item) => item.set === 'roadmaps')
    const programmes = dataset.items.filter((item) => item.set === 'programmes')
    expect(roadmaps).toHaveLength(31)
    expect(programmes).toHaveLength(28)
    for (const item of dataset.items) {
      expect(item.title === null).toBe(item.titleStatus === 'not-public')
    }
    expect(dataset.itemsById.get('RM31')?.topics).toContain('supranational')
  })

  it('tells the default story from the figures the data holds, each step on sources out by its date', () => {
    const [story] = dataset.stories
    expect(story?.steps.map((step) => [step.view.visual, step.view.asOf])).toEqual([
      ['status', '2019-09-16'],
      ['status', '2019-12-02'],
      ['deadlines', '2019-12-08'],
      ['changes', '2019-12-31'],
      ['status', '2021-11-05'],
      ['progress', dataset.latestFactDate],
    ])
    const [initialled, open, , blocked, programmes, latest] = story?.steps ?? []
    // Each figure a takeaway names is a reported claim known at its step's date, from the step's own sources.
    const claimed = (asOf: string, id: string) => {
      const claim = dataset.counts.find((count) => count.id === id)
      return claim && isKnownAt(claim, asOf) ? { value: claim.value, sources: claim.sources } : null
    }
    expect(initialled?.takeaway.en).toContain('31 roadmaps')
    expect(claimed('2019-09-16', 'C02')).toEqual({ value: 31, sources: ['S09', 'S10'] })
    expect(open?.takeaway.en).toMatch(/11 of the 31 .* 21 agreed/)
    expect(claimed('2019-12-02', 'C10')).toEqual({ value: 11, sources: ['SD0'] })
    expect(claimed('2019-12-02', 'C09')).toEqual({ value: 21, sources: ['S20'] })
    // The December conflict: every figure known by the step's date is named, none picked.
    const december = claimsInGroup(dataset.counts, 'dec-2019-agreed').filter((claim) =>
      isKnownAt(claim, blocked?.view.asOf ?? ''),
    )
    expect(distinctValues(december)).toEqual([20, 23, 28, 30])
    expect(blocked?.takeaway.en).toContain('20, 23, 28 or 30 of 31')
    expect(programmes?.takeaway.en).toMatch(/28 .* 4 November/)
    expect(claimed('2021-11-05', 'C36')).toEqual({ value: 28, sources: ['S67', 'S68'] })
    expect(latest?.takeaway.en).toContain('40% done (125 of 310 measures)')
    expect([claimed('2026-02-27', 'C57')?.value, claimed('2026-02-27', 'C56')?.value]).toEqual([40, 125])
  })

  it('reports 31 roadmaps on 2019-09-06', () => {
    expect(values('2019-09-06', 'roadmaps', 'total')).toEqual([expect.objectContaining({ value: 31 })])
  })

  it('reports 11 of 31 open as of 2019-11-29, from the seed article', () => {
    expect(values('2019-11-29', 'roadmaps', 'open')).toEqual([{ value: 11, of: 31, sources: ['SD0'] }])
  })

  it('reports 8 of 31 open as of 2019-12-08', () => {
    const claims = values('2019-12-08', 'roadmaps', 'open')
    expect(claims).toEqual([expect.objectContaining({ value: 8, of: 31 })])
    expect(claims[0]?.sources).toContain('S24')
  })

  it('reports all 28 programmes agreed as of 2021-09-10', () => {
    const claims = values('2021-09-10', 'programmes', 'agreed')
    expect(claims.length).toBeGreaterThan(0)
    for (const claim of claims) expect(claim).toEqual(expect.objectContaining({ value: 28, of: 28 }))
    const programmes = dataset.items.filter((item) => item.set === 'programmes')
    expect(programmes.map((item) => statusAsOf(item, '2021-09-10')?.status)).toEqual(programmes.map(() => 'approved'))
  })

  it('keeps the conflicting December 2019 claims (20, 23, 28 of 31 agreed) each with its source', () => {
    const claims = claimsInGroup(dataset.counts, 'dec-2019-agreed')
    expect(distinctValues(claims)).toEqual(expect.arrayContaining([20, 23, 28]))
    for (const claim of claims) expect(claim.sources.length).toBeGreaterThan(0)
  })

  it('gives the missed signing of 2019-12-08 and the 2019-12-07 deadline their outcomes', () => {
    const signing = dataset.targetsById.get('T05')
    const deadline = dataset.targetsById.get('T04')
    expect(signing?.due.start).toBe('2019-12-08')
    expect(deadline?.due.start).toBe('2019-12-07')
    if (!signing || !deadline) return
    expect(outcomeAsOf(signing, '2019-12-09').outcome).toBe('missed')
    expect(outcomeAsOf(signing, '2019-12-07').outcome).toBe('pending')
    expect(outcomeAsOf(deadline, '2019-12-08').outcome).toBe('partly-met')
  })

  it('sets item 31 aside and never folds it into the programmes', () => {
    const item31 = dataset.itemsById.get('RM31')
    expect(item31 && statusAsOf(item31, '2026-01-01')?.status).toBe('set-aside')
  })

  it('attaches no programme-wide deadline to single items: the signing of 8 Dec 2019 binds no roadmap by name', () => {
    expect(dataset.targets.filter((target) => target.appliesTo.length === 0).map((target) => target.id)).toEqual([
      'T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T09', 'T10', 'T15', 'T16', 'T17', 'T18', 'T19', 'T20', 'T23',
      'T24', 'T25', 'T28', 'T29', 'T30',
    ])
    expect(targetsForItem(dataset.targets, 'RM07').map((target) => target.id)).toEqual(['T08'])
  })

  it('tells the customs part of "common customs and energy policy by 2021" step by step, each as known then', () => {
    const target = dataset.targetsById.get('T12')
    if (!target) throw new Error('T12 is missing')
    expect(target.title.en).toBe('Common customs and energy policy by 2021')
    expect(target.outcomes.map((step) => [step.date.value, step.outcome])).toEqual([
      ['2022-03-03', 'pending'],
      ['2022-09-13', 'pending'],
      ['2023-01-09', 'partly-met'],
      ['2024-12-06', 'partly-met'],
      ['2025-09-16', 'pending'],
    ])
    expect(outcomeAsOf(target, '2022-11-30').record?.sources).toEqual(['S78'])
  })

  it('keeps reports that disagree with a count or a missed target beside them, each naming the other', () => {
    const lastReport = (id: string) => dataset.itemsById.get(id)?.history.at(-1)
    expect(lastReport('UP05')).toEqual(expect.objectContaining({ status: 'completed', contradicts: ['T21', 'T22', 'E061'] }))
    for (const id of ['RM01', 'RM02', 'RM03']) {
      const krutoy = dataset.itemsById.get(id)?.history.find((change) => change.date.value === '2019-12-25')
      expect(krutoy).toEqual(expect.objectContaining({ status: 'open', contradicts: ['C15', 'C16'] }))
    }
  })

  it('ends on 27 Feb 2026, with the call to prepare the 2027–2029 Main Directions', () => {
    expect(dataset.latestFactDate).toBe('2026-02-27')
    expect(dataset.events.at(-1)).toEqual(expect.objectContaining({ id: 'E084', sources: ['S135'] }))
  })

  it('resolves every source to a URL or a seed article', () => {
    for (const source of dataset.sources) expect(source.url ?? source.seedFile).toBeTruthy()
  })
})

const ALL = { topics: [], actors: [] }

describe('the timeline of the bundled events', () => {
  it('groups every event by year, in date order', () => {
    const data = toTimelineEvents(dataset.events, ALL, null, '2026-12-31')
    expect(data.count).toBe(dataset.events.length)
    const years = data.years.map((group) => group.year)
    expect(years).toEqual([...years].sort((a, b) => a - b))
    expect(data.years.find((group) => group.year === 2019)?.events[0]?.date.start).toBe('2019-02-01')
  })

  it('zooms to one year or a span of years', () => {
    const only2019 = toTimelineEvents(dataset.events, ALL, { from: 2019, to: 2019 }, '2026-12-31')
    expect(only2019.years.map((group) => group.year)).toEqual([2019])
    const span = toTimelineEvents(dataset.events, ALL, { from: 2020, to: 2021 }, '2026-12-31')
    expect(span.years.map((group) => group.year)).toEqual([2020, 2021])
  })

  it('filters by actor and topic together', () => {
    const semashkoOnGas = toTimelineEvents(
      dataset.events,
      { topics: ['gas'], actors: ['semashko'] },
      null,
      '2030-01-01',
    )
    expect(semashkoOnGas.count).toBeGreaterThan(0)
    for (const { events } of semashkoOnGas.years) {
      for (const event of events) {
        expect(event.actors).toContain('semashko')
        expect(event.topics).toContain('gas')
      }
    }
    expect(toTimelineEvents(dataset.events, { topics: ['gas'], actors: ['yeltsin'] }, null, '2030-01-01')).toEqual({
      years: [],
      later: [],
      count: 0,
      emptyReason: 'no-match',
    })
  })

  it('offers the topics and actors the events mention, most mentioned first', () => {
    const { topics, actors } = timelineFacetOptions(dataset.events, ALL, '2026-12-31')
    expect(actors[0]?.id).toBe('lukashenko')
    expect(topics.map((topic) => topic.id)).toContain('gas')
    const counts = actors.map((actor) => actor.count)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
  })

  it('gives every event a kind: 43 statements, 15 talks, 14 signings, 5 publications, 4 appointments, 3 others', () => {
    expect(dataset.events.filter((event) => event.kind === null)).toEqual([])
    const { kinds } = timelineFacetOptions(dataset.events, ALL, '2026-12-31')
    expect(kinds).toEqual([
      { id: 'statement', count: 43 },
      { id: 'talks', count: 15 },
      { id: 'signing', count: 14 },
      { id: 'publication', count: 5 },
      { id: 'appointment', count: 4 },
      { id: 'development', count: 3 },
    ])
    const oilSignings = toTimelineEvents(dataset.events, { ...ALL, topics: ['oil'], kinds: ['signing'] }, null, '2026-12-31')
    expect(oilSignings.years.flatMap((year) => year.events.map((event) => event.id))).toEqual(['E059'])
  })

  it('runs from the 1999 treaty to 2026, with the missed signing of 8 Dec 2019 a milestone', () => {
    const years = toTimelineEvents(dataset.events, ALL, null, '2026-12-31').years.map((group) => group.year)
    expect(years[0]).toBe(1999)
    expect(years.at(-1)).toBe(2026)
    expect(dataset.events.find((event) => event.id === 'E023')).toMatchObject({
      date: { value: '2019-12-08' },
      milestone: true,
    })
  })

  it('makes the five-hour Sochi talks of 28 May 2021 a step of the tax-customs and oil-gas programmes (UP04, UP05)', () => {
    const items = itemsByEvent(dataset.events, dataset.items).get('E041') ?? []
    expect(items.map((item) => item.id)).toEqual(['UP04', 'UP05'])
  })
})

describe('count conflicts in the bundled data', () => {
  const conflictIds = (itemId: string, asOf: string) => {
    const item = dataset.itemsById.get(itemId)
    if (!item) throw new Error(itemId)
    return countConflictsForItem(item, dataset.items, dataset.counts, asOf).map((c) => c.claim.id)
  }

  it('sets the December 2019 "all but one agreed" claims against the tax, oil and gas maps still open', () => {
    for (const id of ['RM01', 'RM02', 'RM03']) {
      expect(conflictIds(id, '2019-12-31')).toEqual(expect.arrayContaining(['C15']))
      expect(conflictIds(id, '2019-12-31')).not.toContain('C14')
    }
    expect(conflictIds('RM03', '2019-11-30')).toEqual([])
  })

  it('shows Krutoy’s report once, against both claims of all but one agreed', () => {
    const gas = dataset.itemsById.get('RM03')
    if (!gas) throw new Error('RM03')
    const groups = groupByReport(countConflictsForItem(gas, dataset.items, dataset.counts, '2019-12-31'))
    expect(groups.map((group) => [group.change.claimant.personId, group.conflicts.map((c) => c.claim.id)])).toEqual([
      ['krutoy', ['C16', 'C15']],
    ])
  })

  it('finds no conflict for a map reported agreed within the claimed number', () => {
    expect(conflictIds('RM04', '2019-12-31')).toEqual([])
  })
})

describe('the charts view on the bundled data', () => {
  const roadmaps: Filters = { set: 'roadmaps', ...NO_FILTERS }
  const slices = (asOf: IsoDate, filters: Filters = roadmaps) => {
    const rows = applyFilters(dataset.items, filters, {
      targets: dataset.targets,
      searchIndex: buildSearchIndex(dataset),
      asOf,
    })
    return Object.fromEntries(toStatusSeries(rows).slices.map((slice) => [slice.status, slice.count]))
  }

  it.each([
    ['2019-09-05', {}],
    ['2019-09-06', { drafting: 30, unattributed: 1 }],
    ['2019-12-07', { open: 4, agreed: 2, unattributed: 25 }],
    ['2019-12-25', { open: 3, agreed: 5, 'set-aside': 1, unattributed: 22 }],
    ['2021-09-10', { 'set-aside': 1, superseded: 30 }],
  ])('breaks the 31 roadmaps down by status as of %s', (asOf, expected) => {
    expect(slices(asOf)).toEqual(expected)
  })

  it('breaks down the programmes: all 28 approved after the decree, all reported completed in 2024', () => {
    const programmes: Filters = { ...roadmaps, set: 'programmes' }
    expect(slices('2021-11-04', programmes)).toEqual({ approved: 28 })
    expect(slices('2024-02-01', programmes)).toEqual({ completed: 28 })
  })

  it('counts the oil and gas roadmaps open on 7 Dec 2019', () => {
    expect(slices('2019-12-07', { ...roadmaps, topics: ['oil', 'gas'] })).toEqual({ open: 2 })
  })

  const gantt = (asOf: IsoDate, filter: Partial<GanttFilter> = {}) =>
    toGanttRows(dataset.targets, asOf, { topics: [], outcomes: [], ...filter })
  const ganttIds = (data: ReturnType<typeof gantt>) =>
    data.groups.flatMap((group) => group.rows).map((entry) => entry.target.id)
  const ganttRow = (asOf: IsoDate, id: string) =>
    gantt(asOf)
      .groups.flatMap((group) => group.rows)
      .find((entry) => entry.target.id === id)

  it('shows the programme-wide deadlines set by 9 Dec 2019 first, on an axis from 2019 to 2027', () => {
    const data = gantt('2019-12-09')
    expect(data.groups[0]?.topicId).toBeNull()
    expect(data.groups[0]?.rows.map((entry) => entry.target.id)).toEqual(['T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T09'])
    expect(ganttIds(data)).not.toContain('T16')
    expect(data.range).toEqual({ from: '2019-01-01', to: '2028-01-01' })
    expect(ganttYears(dataset.targets)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027])
  })

  it('draws roaming moved twice, T16 met late on 9 Sept 2021, and T10 from its due date', () => {
    expect(ganttRow('2026-03-01', 'T08')?.moves.map((date) => date.start)).toEqual(['2022-06-01', '2025-03-01'])
    expect(ganttRow('2021-09-09', 'T16')).toMatchObject({ state: { outcome: 'late' }, metOn: { start: '2021-09-09' } })
    expect(ganttRow('2021-01-01', 'T10')).toMatchObject({ start: '2020-01-01', due: '2020-01-01' })
  })

  it('filters the deadlines: gas under gas and tax, and the three missed by 9 Dec 2019', () => {
    expect(gantt('2026-03-01', { topics: ['gas'] }).groups.map((group) => group.topicId)).toEqual(['gas', 'tax'])
    expect(ganttIds(gantt('2019-12-09', { outcomes: ['missed'] }))).toEqual(['T03', 'T05', 'T01'])
  })

  const progress = (asOf: IsoDate): ProgressData =>
    toProgressSeries(dataset.counts, dataset.events, { specs: PROGRESS_SPECS, asOf, years: { from: 2019, to: 2026 } })
  const points = (data: ProgressData, key: string, date: IsoDate) =>
    data.series.find((entry) => entry.spec.key === key)?.points.filter((point) => point.claim.date.start === date) ?? []

  it('plots 11 roadmaps open on 29 Nov 2019 and 8 on 7 Dec, the 8 from Semashko in S24', () => {
    const data = progress('2026-12-31')
    expect(points(data, 'roadmaps-open', '2019-11-29').map((point) => point.y)).toEqual([11])
    const [eight] = points(data, 'roadmaps-open', '2019-12-07')
    expect(eight?.y).toBe(8)
    expect(eight?.claim.claimant.label.en).toMatch(/Semashko/)
    expect(eight?.claim.sources).toContain('S24')
  })

  it('plots the conflicting 7 Dec 2019 claims (20 and 23 agreed) apart, the line starting with 28 on 20 Dec', () => {
    const data = progress('2019-12-31')
    expect(points(data, 'roadmaps-agreed', '2019-12-07').map((point) => [point.y, point.conflict])).toEqual([
      [20, true],
      [23, true],
    ])
    const line = data.series.find((entry) => entry.spec.key === 'roadmaps-agreed')?.line ?? []
    expect(line.filter((point) => point.x <= dayNumber('2019-12-20'))).toEqual([{ x: dayNumber('2019-12-20'), y: 28 }])
  })

  it('numbers the missed signing, the oil cut-off, the 2021 decree and the 2024 package, not the 1999 treaty', () => {
    const dates = progress('2026-12-31').markers.map((marker) => marker.event.date.value)
    expect(dates).toEqual(expect.arrayContaining(['2019-12-08', '2020-01', '2021-11-04', '2024-01-29']))
    expect(dates).not.toContain('1999-12-08')
  })

  it('plots 90% of the 2021–2023 measures done, then 40% of the 2024–2026 ones, on an axis of 2019–2027', () => {
    const data = progress('2026-12-31')
    expect(points(data, 'measures-done-2021', '2023-11-29').map((point) => point.y)).toEqual([90])
    expect(points(data, 'measures-done-2024', '2026-02-26').map((point) => point.y)).toEqual([40])
    expect(data.domain).toEqual([dayNumber('2019-01-01'), dayNumber('2027-01-01')])
  })

  it('tells what changed between 29 Nov and 7 Dec 2019: RM04 agreed, the compromise partly met, 11 then 8 open', () => {
    const changes = changesBetween(dataset.items, dataset.targets, dataset.counts, '2019-11-29', '2019-12-07')
    expect(changes.statusMoves.find((move) => move.item.id === 'RM04')).toMatchObject({ from: 'open', to: 'agreed' })
    expect(changes.fellDue.find((entry) => entry.target.id === 'T04')?.state.outcome).toBe('partly-met')
    const open = changes.countDeltas.find((delta) => delta.query.subject === 'roadmaps' && delta.query.metric === 'open')
    expect([open?.before.map((claim) => claim.value), open?.after.map((claim) => claim.value)]).toEqual([[11], [8]])
  })
})
