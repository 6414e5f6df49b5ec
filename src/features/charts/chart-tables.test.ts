import { toGanttRows, toStatusSeries } from '../../domain/chart-series'
import { toProgressSeries } from '../../domain/progress-series'
import { PROGRESS_SPECS } from '../../domain/progress-specs'
import { day, makeOutcome, makeTarget } from '../../testing/factories'
import { fixtureDataset } from '../../testing/fixture-data'
import { factsAsOf } from '../../domain/filters'
import { deadlineTable, progressTable, statusTable } from './chart-tables'

const dataset = fixtureDataset()

describe('chart tables', () => {
  it('has a row per status the bar draws, with its count and share', () => {
    const series = toStatusSeries(factsAsOf(dataset.items, dataset.targets, '2019-12-10'))
    const table = statusTable(series, 'ru')
    expect(table.header).toEqual(['status', 'status_label', 'items', 'share'])
    expect(table.rows.map((row) => Number(row[2]))).toEqual(series.slices.map((slice) => slice.count))
    expect(table.rows.reduce((sum, row) => sum + Number(row[3]), 0)).toBeCloseTo(1, 3)
    expect(table.rows[0]?.[1]).toMatch(/[а-я]/)
  })

  it('has a row per reported figure drawn by the date, and none reported after it', () => {
    const progress = (asOf: string) =>
      progressTable(
        [toProgressSeries(dataset.counts, [], { specs: PROGRESS_SPECS, asOf, years: { from: 2019, to: 2026 } })],
        'en',
        (key) => key,
      )
    const early = progress('2019-12-01')
    expect(early.rows.map((row) => [row[2], row[3], row[6]])).toEqual([['C02', '2019-11-29', '11 of 31']])
    expect(progress('2019-12-31').rows.map((row) => row[2])).toEqual(['C02', 'C03'])
  })

  it('has a row per deadline with its outcome as of the date and where it was moved', () => {
    const moved = makeTarget({
      id: 'T02',
      due: day('2019-12-07'),
      outcomes: [makeOutcome('2019-12-08', 'moved', { movedTo: day('2020-06-01'), sources: ['S24'] })],
    })
    const before = deadlineTable(toGanttRows([moved], '2019-12-01', { topics: [], outcomes: [] }), 'en', () => 'All')
    expect(before.rows.map((row) => [row[0], row[6], row[8]])).toEqual([['T02', 'pending', '']])
    const after = deadlineTable(toGanttRows([moved], '2020-01-10', { topics: [], outcomes: [] }), 'en', () => 'All')
    expect(after.rows.map((row) => [row[0], row[6], row[8], row[10]])).toEqual([['T02', 'moved', '2020-06-01', 'S24']])
  })
})
