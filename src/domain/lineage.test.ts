import { day, makeChange, makeItem, makeOutcome, makeSource, makeTarget } from '../testing/factories'
import { text } from '../testing/text'
import { indexLineage, lineageAsOf, threadOf, type LineageData } from './lineage'
import type { CrosswalkLink, Item, ReportedArea } from './types'

const roadmap = (id: string, topics: string[], last = makeChange('2021-09-10', 'superseded')) =>
  makeItem({ id, topics, history: [makeChange('2019-09-06', 'drafting'), last] })
const programme = (id: string, topics: string[]) =>
  makeItem({ id, set: 'programmes', topics, history: [makeChange('2021-06-10', 'unattributed')] })

const tax = roadmap('RM01', ['tax'])
const oil = roadmap('RM02', ['oil'])
const gas = roadmap('RM03', ['gas'])
const supranational = roadmap('RM31', [], makeChange('2021-08-09', 'set-aside'))
const taxProgramme = programme('UP04', ['tax'])
const unnamed = programme('UP07', [])

const area = (id: string, topics: string[], sources: string[]): ReportedArea => ({
  id,
  label: text(id),
  topics,
  namedBy: text('Putin'),
  sources,
})
const taxation = area('taxation', ['tax'], ['S59'])
const oilMarket = area('oil-market', ['oil'], ['S61'])

const link = (overrides: Partial<CrosswalkLink>): CrosswalkLink => ({
  roadmapId: 'RM01',
  programmeId: null,
  areaId: null,
  confidence: 'inferred',
  note: text('Matched by subject.'),
  sources: ['S13'],
  ...overrides,
})

const items: Item[] = [tax, oil, gas, supranational, taxProgramme, unnamed]
const vatLaw = makeTarget({
  id: 'T27',
  cycle: '2021-programmes',
  setOn: day('2022-10-03'),
  due: day('2023-01-01'),
  appliesTo: ['UP04'],
  outcomes: [makeOutcome('2023-01-19', 'unknown')],
})
const mainDirections = makeTarget({ id: 'T30', cycle: '2024-package', setOn: day('2024-01-29'), due: day('2026') })
const data: LineageData = {
  items,
  itemsById: new Map(items.map((item) => [item.id, item])),
  crosswalk: [
    // The 2019 source dates the roadmap side only; the area is first named in September 2021.
    link({ roadmapId: 'RM01', programmeId: 'UP04', areaId: 'taxation', sources: ['S13', 'S59'] }),
    link({ roadmapId: 'RM02', areaId: 'oil-market', sources: ['S61'] }),
    link({ roadmapId: 'RM31', confidence: 'reported', sources: ['S51'] }),
  ],
  reportedAreas: [taxation, oilMarket],
  targets: [vatLaw, mainDirections],
  sourcesById: new Map(
    [
      makeSource('S13', '2019-09-16'),
      makeSource('S51', '2021-08-17'),
      makeSource('S59', '2021-09-10'),
      makeSource('S61', '2021-09-10'),
    ].map((source) => [source.id, source]),
  ),
}
const index = indexLineage(data)

describe('lineageAsOf', () => {
  it('follows an inferred link from a roadmap to its programme and area, with the link’s sources', () => {
    const row = lineageAsOf(index, [], '2026-03-01').roadmaps.rows.find((r) => r.item.id === 'RM01')
    expect(row?.links).toEqual([
      expect.objectContaining({
        programme: taxProgramme,
        area: taxation,
        confidence: 'inferred',
        sources: ['S13', 'S59'],
      }),
    ])
  })

  it.each([
    ['2021-09-09', []],
    ['2021-09-10', ['UP04']],
  ])('on %s knows the roadmap’s programme only from the area’s first source: %j', (asOf, programmes) => {
    const row = lineageAsOf(index, [], asOf).roadmaps.rows.find((r) => r.item.id === 'RM01')
    expect(row?.links.map((l) => l.programme?.id)).toEqual(programmes)
  })

  it('shows no programme and no area before any was known', () => {
    const lineage = lineageAsOf(index, [], '2021-05-01')
    expect(lineage.programmes).toEqual({ rows: [], emptyReason: 'not-yet-listed' })
    expect(lineage.roadmaps.rows.flatMap((row) => row.links)).toEqual([])
    expect(lineage.areas).toEqual([])
  })

  it('keeps a link to an area without a programme, and a reported “no successor”', () => {
    const rows = lineageAsOf(index, [], '2026-03-01').roadmaps.rows
    const [oilLink] = rows.find((r) => r.item.id === 'RM02')?.links ?? []
    expect(oilLink).toMatchObject({ programme: null, area: oilMarket })
    const [dropped] = rows.find((r) => r.item.id === 'RM31')?.links ?? []
    expect(dropped).toMatchObject({ programme: null, area: null, confidence: 'reported' })
  })

  it('lists programmes with the roadmaps that went into them, none for a programme without one', () => {
    const rows = lineageAsOf(index, [], '2026-03-01').programmes.rows
    expect(rows.map((row) => [row.item.id, row.links.map((l) => l.roadmap.id)])).toEqual([
      ['UP04', ['RM01']],
      ['UP07', []],
    ])
  })

  it('follows the topic filter for roadmaps, programmes and areas alike', () => {
    const lineage = lineageAsOf(index, ['tax'], '2026-03-01')
    expect(lineage.roadmaps.rows.map((row) => row.item.id)).toEqual(['RM01'])
    expect(lineage.programmes.rows.map((row) => row.item.id)).toEqual(['UP04'])
    expect(lineage.areas.map((row) => row.area.id)).toEqual(['taxation'])
    expect(lineageAsOf(index, ['nuclear'], '2026-03-01').roadmaps.emptyReason).toBe('no-match')
  })

  it('lists the 2024–2026 package once it is set, as binding the whole programme', () => {
    expect(lineageAsOf(index, [], '2024-01-28').packageWide).toEqual([])
    expect(lineageAsOf(index, [], '2024-01-29').packageWide.map((d) => d.target.id)).toEqual(['T30'])
  })
})

describe('threadOf: what became of it', () => {
  it('ends at the programme that took the roadmap over and its latest deadline, overdue with no result', () => {
    const { fate } = threadOf(tax, index, '2024-01-01')
    expect(fate.steps.map((step) => [step.item.id, step.change.status])).toEqual([['UP04', 'unattributed']])
    expect(fate.deadline).toMatchObject({ target: vatLaw, state: { outcome: 'overdue' } })
    expect(fate.successorUndocumented).toBe(false)
  })

  it('leaves the successor of a superseded roadmap with no link undocumented rather than guessing one', () => {
    const { links, fate } = threadOf(gas, index, '2026-03-01')
    expect(links).toEqual([])
    expect(fate).toEqual({
      steps: [{ item: gas, change: gas.history[1] }],
      deadline: null,
      successorUndocumented: true,
    })
  })

  it('does not call a roadmap’s successor undocumented before the roadmap was superseded', () => {
    expect(threadOf(gas, index, '2020-01-01').fate.successorUndocumented).toBe(false)
  })
})
