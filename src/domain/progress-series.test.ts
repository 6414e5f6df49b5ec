import { text } from '../testing/text'
import { parseDataset } from '../data/parse-dataset'
import { readBundledFiles } from '../data/load-dataset'
import { day, makeCount } from '../testing/factories'
import { clusterMarkers, dayNumber, toProgressSeries, type ProgressData } from './progress-series'
import { PROGRESS_SPECS } from './progress-specs'
import type { Dataset, IsoDate } from './types'

let dataset: Dataset

beforeAll(async () => {
  const result = parseDataset(await readBundledFiles(), { requireFullProgramme: true })
  if (!result.ok) throw new Error('bundled data invalid')
  dataset = result.dataset
})

const YEARS = { from: 2019, to: 2026 }
const progress = (asOf: IsoDate): ProgressData =>
  toProgressSeries(dataset.counts, dataset.events, { specs: PROGRESS_SPECS, asOf, years: YEARS })
const series = (data: ProgressData, key: string) => data.series.find((entry) => entry.spec.key === key)
const valuesOn = (data: ProgressData, key: string, date: IsoDate) =>
  series(data, key)
    ?.points.filter((point) => point.claim.date.start === date)
    .map((point) => point.y)

describe('toProgressSeries on the reported counts', () => {
  it('has 11 roadmaps open on 2019-11-29 and 8 on 2019-12-07, each with its claimant and source', () => {
    const data = progress('2026-12-31')
    expect(valuesOn(data, 'roadmaps-open', '2019-11-29')).toEqual([11])
    expect(valuesOn(data, 'roadmaps-open', '2019-12-07')).toEqual([8])
    const eight = series(data, 'roadmaps-open')?.points.find((point) => point.claim.date.start === '2019-12-07')
    expect(eight?.claim.claimant.label.en).toMatch(/Semashko/)
    expect(eight?.claim.sources).toContain('S24')
  })

  it('keeps the conflicting 7 December claims (20 and 23 agreed) as two marks and breaks the line there', () => {
    const data = progress('2019-12-31')
    const agreed = series(data, 'roadmaps-agreed')
    const december = agreed?.points.filter((point) => point.claim.date.start === '2019-12-07')
    expect(december?.map((point) => [point.y, point.conflict])).toEqual([
      [20, true],
      [23, true],
    ])
    // 19 November also disagrees (20 or 21), so the line only starts with the single figure of 20 December.
    expect(agreed?.line.filter((point) => point.x <= dayNumber('2019-12-20'))).toEqual([
      { x: dayNumber('2019-12-20'), y: 28 },
    ])
  })

  it('runs the line up to a disagreement at the last agreed figure, then breaks it', () => {
    const counts = [
      makeCount({ id: 'A', date: day('2019-11-29'), value: 11 }),
      makeCount({ id: 'B', date: day('2019-12-07'), value: 8 }),
      makeCount({ id: 'C', date: day('2019-12-07'), value: 9 }),
    ]
    const data = toProgressSeries(counts, [], { specs: PROGRESS_SPECS, asOf: '2020-01-01', years: YEARS })
    const x = dayNumber('2019-12-07')
    expect(series(data, 'roadmaps-open')?.line).toEqual([
      { x: dayNumber('2019-11-29'), y: 11 },
      { x, y: 11 },
      { x, y: null },
    ])
  })

  it.each([
    [10, ['1', '2', '3']],
    [25, ['1–2', '3']],
    [100, ['1–3']],
  ])('clusters markers less than %i days after a label’s first marker', (gap, labels) => {
    const event = (id: string, date: string) => ({
      id,
      date: day(date),
      title: text(id),
      summary: text(`Event ${id}`),
      actors: [],
      actorLabels: [],
      topics: [],
      milestone: true,
      sources: [],
    })
    const markers = [
      { number: 1, x: 0, event: event('A', '2019-12-01') },
      { number: 2, x: 20, event: event('B', '2019-12-21') },
      { number: 3, x: 40, event: event('C', '2020-01-10') },
    ]
    expect(clusterMarkers(markers, gap).map((cluster) => cluster.label)).toEqual(labels)
  })

  it('draws no line for a figure that stands alone; its mark is enough', () => {
    const counts = [makeCount({ id: 'A', date: day('2019-11-29'), value: 11 })]
    const data = toProgressSeries(counts, [], { specs: PROGRESS_SPECS, asOf: '2020-01-01', years: YEARS })
    expect(series(data, 'roadmaps-open')?.points).toHaveLength(1)
    expect(series(data, 'roadmaps-open')?.line).toEqual([])
  })

  it('shows only what was reported by the as-of date, and the milestones up to it', () => {
    const data = progress('2019-11-29')
    expect(series(data, 'roadmaps-open')?.points.map((point) => point.y)).toEqual([11])
    expect(series(data, 'programmes-agreed')?.points).toEqual([])
    expect(data.markers.map((marker) => marker.event.date.start)).toEqual(['2019-09-06', '2019-11-29'])
    expect(data.asOfX).toBe(dayNumber('2019-11-29'))
    expect(progress('2019-01-01').emptyReason).toBe('nothing-reported')
  })

  it('marks the missed signing, the oil cut-off, the 2021 decree and the 2024 package as numbered events', () => {
    const data = progress('2026-12-31')
    const dates = data.markers.map((marker) => marker.event.date.value)
    expect(dates).toEqual(expect.arrayContaining(['2019-12-08', '2020-01', '2021-11-04', '2024-01-29']))
    expect(data.markers.map((marker) => marker.number)).toEqual(data.markers.map((_, index) => index + 1))
    expect(dates).not.toContain('1999-12-08')
    // Markers weeks apart share one label so they stay legible.
    const clusters = clusterMarkers(data.markers, 60)
    const december = clusters.find((cluster) => cluster.markers.some((m) => m.event.date.start === '2019-12-08'))
    expect(december?.label).toMatch(/^\d+–\d+$/)
    expect(clusters.flatMap((cluster) => cluster.markers)).toEqual(data.markers)
  })

  it('splits the implementation percentages by cycle: 90% of 2021–2023, then 40% of 2024–2026', () => {
    const data = progress('2026-12-31')
    expect(valuesOn(data, 'measures-done-2021', '2023-11-29')).toEqual([90])
    expect(valuesOn(data, 'measures-done-2024', '2026-02-26')).toEqual([40])
  })

  it('spreads a month-precise claim over its month and a range over its span', () => {
    const counts = [
      makeCount({ id: 'A', date: day('2019-11'), metric: 'agreed', value: 16 }),
      makeCount({ id: 'B', date: day('2021-02-22'), metric: 'open', value: 6, valueHigh: 7 }),
    ]
    const data = toProgressSeries(counts, [], { specs: PROGRESS_SPECS, asOf: '2022-01-01', years: YEARS })
    const [month] = series(data, 'roadmaps-agreed')?.points ?? []
    expect(month?.xSpan).toEqual([0, 29])
    expect(series(data, 'roadmaps-agreed')?.line).toEqual([])
    expect(series(data, 'roadmaps-open')?.points[0]?.ySpan).toEqual([0, 1])
  })

  it('zooms its axis to the as-of date: whole years for the full story, quarters for 2019', () => {
    const full = progress('2026-12-31')
    expect(full.tickUnit).toBe('year')
    expect(full.domain).toEqual([dayNumber('2019-01-01'), dayNumber('2027-01-01')])
    expect(full.ticks).toHaveLength(9)
    const december = progress('2019-12-07')
    expect(december.tickUnit).toBe('quarter')
    expect(december.ticks).toEqual(['2019-07-01', '2019-10-01', '2020-01-01'].map(dayNumber))
  })
})
