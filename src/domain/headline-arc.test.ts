import { describe, expect, it } from 'vitest'
import { day, makeCount, makeEvent } from '../testing/factories'
import { headlineRows, toHeadlineArc } from './headline-arc'
import { HEADLINE_ARC } from './story'

const counts = [
  makeCount({ id: 'C01', date: day('2019-11-29'), metric: 'open', value: 11 }),
  makeCount({ id: 'C02', date: day('2019-12-07'), metric: 'agreed', value: 23, conflictGroup: 'dec' }),
  makeCount({ id: 'C03', date: day('2019-12-07'), metric: 'agreed', value: 20, conflictGroup: 'dec' }),
  makeCount({ id: 'C04', date: day('2021-09-10'), subject: 'programmes', metric: 'agreed', cycle: '2021-programmes' }),
  makeCount({ id: 'C05', date: day('2026-02-26'), subject: 'measures', metric: 'percent-done', cycle: '2024-package' }),
  // Not one of the arc's figures: the programmes' own progress.
  makeCount({
    id: 'C06',
    date: day('2023-01-09'),
    subject: 'programmes',
    metric: 'completed',
    cycle: '2021-programmes',
  }),
]
const [first = '', second = '', third = ''] = HEADLINE_ARC.turningPointIds
const events = [
  makeEvent(first, '2019-09-06'),
  makeEvent(second, '2019-11-29'),
  makeEvent(third, '2019-12-08'),
  makeEvent('E999', '2019-12-08', { milestone: true }),
]
const claimIds = (arc: ReturnType<typeof toHeadlineArc>) =>
  arc.series.flatMap((series) => series.points.map((point) => point.claim.id))

describe('toHeadlineArc', () => {
  it('plots the arc’s figures and marks only its turning points, numbered in the editorial order', () => {
    const arc = toHeadlineArc({ counts, events }, '2026-12-31')
    expect(arc.series.map((series) => series.spec.key)).toEqual(HEADLINE_ARC.seriesKeys)
    expect(claimIds(arc).sort()).toEqual(['C01', 'C02', 'C03', 'C04', 'C05'])
    expect(arc.markers.map((marker) => [marker.number, marker.event.id])).toEqual([
      [1, first],
      [2, second],
      [3, third],
    ])
  })

  it.each([
    ['2019-09-05', [], []],
    ['2019-11-29', ['C01'], [first, second]],
    ['2019-12-07', ['C01', 'C02', 'C03'], [first, second]],
    ['2019-12-08', ['C01', 'C02', 'C03'], [first, second, third]],
  ])('on %s shows nothing dated later', (asOf, claims, turningPoints) => {
    const arc = toHeadlineArc({ counts, events }, asOf)
    expect(claimIds(arc).sort()).toEqual(claims)
    expect(arc.markers.map((marker) => marker.event.id)).toEqual(turningPoints)
    expect(arc.asOfX).toBeGreaterThanOrEqual(Math.max(...arc.series.flatMap((s) => s.points.map((p) => p.x)), 0))
  })

  it('keeps figures that disagree side by side, each marked as disputed, never averaged', () => {
    const arc = toHeadlineArc({ counts, events }, '2020-01-01')
    const agreed = arc.series.find((series) => series.spec.key === 'roadmaps-agreed')
    expect(agreed?.points.map((point) => [point.y, point.conflict])).toEqual([
      [20, true],
      [23, true],
    ])
  })

  it('lists in its table everything it draws, in date order', () => {
    const rows = headlineRows(toHeadlineArc({ counts, events }, '2019-12-31'))
    expect(rows.map((row) => row.id)).toEqual([first, second, 'C01', 'C03', 'C02', third])
  })
})
