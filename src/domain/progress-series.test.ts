// The progress series on a small fixture of reported counts and milestones, so each rule is stated on figures
// the test sets. The real data's figures are checked in src/data/bundled-data.test.ts.
import { text } from '../testing/text'
import { day, makeCount, makeEvent } from '../testing/factories'
import { clusterMarkers, dayNumber, toProgressSeries, type ProgressData } from './progress-series'
import { PROGRESS_SPECS } from './progress-specs'
import type { IsoDate } from './types'

const semashko = { personId: 'semashko', label: text('Vladimir Semashko') }
const programmes = { subject: 'programmes', cycle: '2021-programmes' } as const

/** Reported figures in date order, as the data keeps them. */
const COUNTS = [
  makeCount({ id: 'C02', date: day('2019-11-29'), value: 11, claimant: semashko, sources: ['SD0'] }),
  makeCount({ id: 'C03', date: day('2019-12-07'), value: 8, claimant: semashko, sources: ['S24'] }),
  // Two reports of the same day disagree.
  makeCount({ id: 'C04', date: day('2019-12-07'), metric: 'agreed', value: 23 }),
  makeCount({ id: 'C05', date: day('2019-12-07'), metric: 'agreed', value: 20 }),
  makeCount({ id: 'C06', date: day('2019-12-20'), metric: 'agreed', value: 28 }),
  makeCount({ id: 'C07', date: day('2020-02-01'), metric: 'agreed', value: 28 }),
  makeCount({ id: 'C08', date: day('2021-09-10'), ...programmes, metric: 'agreed', value: 28, of: 28 }),
  makeCount({
    id: 'C09',
    date: day('2023-11-29'),
    ...programmes,
    subject: 'measures',
    metric: 'percent-done',
    value: 90,
  }),
  makeCount({
    id: 'C10',
    date: day('2026-02-26'),
    cycle: '2024-package',
    subject: 'measures',
    metric: 'percent-done',
    value: 40,
  }),
]

const milestone = (id: string, date: string) => makeEvent(id, date, { milestone: true })
const EVENTS = [
  milestone('E000', '1999-12-08'),
  milestone('E001', '2019-09-06'),
  milestone('E002', '2019-11-29'),
  makeEvent('E003', '2019-11-30'),
  milestone('E004', '2019-12-08'),
  milestone('E005', '2020-01'),
  milestone('E006', '2021-11-04'),
  milestone('E007', '2024-01-29'),
]

const YEARS = { from: 2019, to: 2026 }
const progress = (asOf: IsoDate): ProgressData =>
  toProgressSeries(COUNTS, EVENTS, { specs: PROGRESS_SPECS, asOf, years: YEARS })
const series = (data: ProgressData, key: string) => data.series.find((entry) => entry.spec.key === key)
const valuesOn = (data: ProgressData, key: string, date: IsoDate) =>
  series(data, key)
    ?.points.filter((point) => point.claim.date.start === date)
    .map((point) => point.y)

describe('toProgressSeries', () => {
  it('keeps each reported figure as its own point, with its claimant and sources', () => {
    const data = progress('2026-12-31')
    expect(valuesOn(data, 'roadmaps-open', '2019-11-29')).toEqual([11])
    expect(valuesOn(data, 'roadmaps-open', '2019-12-07')).toEqual([8])
    const eight = series(data, 'roadmaps-open')?.points.find((point) => point.claim.date.start === '2019-12-07')
    expect(eight?.claim.claimant.label.en).toBe('Vladimir Semashko')
    expect(eight?.claim.sources).toEqual(['S24'])
  })

  it('keeps claims that disagree on one day as two marks, both disputed, and breaks the line there', () => {
    const agreed = series(progress('2020-12-31'), 'roadmaps-agreed')
    const december = agreed?.points.filter((point) => point.claim.date.start === '2019-12-07')
    expect(december?.map((point) => [point.y, point.conflict])).toEqual([
      [20, true],
      [23, true],
    ])
    expect(agreed?.points.filter((point) => point.conflict)).toHaveLength(2)
    // Nothing agreed before the disagreement, so the line starts with the next single figure.
    expect(agreed?.line).toEqual([
      { x: dayNumber('2019-12-20'), y: 28 },
      { x: dayNumber('2020-02-01'), y: 28 },
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
    const markers = [
      { number: 1, x: 0, event: makeEvent('A', '2019-12-01') },
      { number: 2, x: 20, event: makeEvent('B', '2019-12-21') },
      { number: 3, x: 40, event: makeEvent('C', '2020-01-10') },
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

  it('marks the milestone events of the chart’s years as numbered markers, close ones under one label', () => {
    const data = progress('2026-12-31')
    expect(data.markers.map((marker) => [marker.number, marker.event.date.value])).toEqual([
      [1, '2019-09-06'],
      [2, '2019-11-29'],
      [3, '2019-12-08'],
      [4, '2020-01'],
      [5, '2021-11-04'],
      [6, '2024-01-29'],
    ])
    // Markers weeks apart share one label so they stay legible.
    const clusters = clusterMarkers(data.markers, 60)
    expect(clusters.map((cluster) => cluster.label)).toEqual(['1', '2–4', '5', '6'])
    expect(clusters.flatMap((cluster) => cluster.markers)).toEqual(data.markers)
  })

  it('splits the implementation percentages by cycle', () => {
    const data = progress('2026-12-31')
    expect(series(data, 'measures-done-2021')?.points.map((point) => point.y)).toEqual([90])
    expect(series(data, 'measures-done-2024')?.points.map((point) => point.y)).toEqual([40])
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

  it('zooms its axis to the as-of date: whole years for the full story, quarters for a few months', () => {
    const full = progress('2026-12-31')
    expect(full.tickUnit).toBe('year')
    expect(full.domain).toEqual([dayNumber('2019-01-01'), dayNumber('2027-01-01')])
    expect(full.ticks).toHaveLength(9)
    const december = progress('2019-12-07')
    expect(december.tickUnit).toBe('quarter')
    expect(december.ticks).toEqual(['2019-07-01', '2019-10-01', '2020-01-01'].map(dayNumber))
  })
})
