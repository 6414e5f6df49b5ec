import { toGanttRows } from '../../domain/chart-series'
import { toProgressSeries } from '../../domain/progress-series'
import { PROGRESS_SPECS } from '../../domain/progress-specs'
import { day, makeCount, makeOutcome, makeTarget } from '../../testing/factories'
import { text as localized } from '../../testing/text'
import { fixtureDataset } from '../../testing/fixture-data'
import { CHARTS_TEXT } from './charts-text'
import { deadlineKey, progressKey, statusKey } from './figure-keys'

const text = CHARTS_TEXT.en
const dataset = fixtureDataset()
const seriesLabel = (key: string) => PROGRESS_SPECS.find((spec) => spec.key === key)?.label.en ?? key
const YEARS = { from: 2019, to: 2026 }
const labels = (key: ReturnType<typeof progressKey>) => key.entries.map((entry) => entry.label)

describe('statusKey', () => {
  it('has one entry per status drawn, with its icon, label and count', () => {
    const key = statusKey(
      [
        { status: 'open', count: 11 },
        { status: 'agreed', count: 20 },
      ],
      [],
      'en',
      text,
    )
    expect(key.entries).toEqual([
      { symbol: { kind: 'status', status: 'open' }, label: '⚠ Open (disputed): 11' },
      { symbol: { kind: 'status', status: 'agreed' }, label: '✓ Agreed: 20' },
    ])
    expect(key.remarks).toEqual([])
  })

  it('carries each reported total the items do not add up to, with its claimant, date and sources', () => {
    const claim = makeCount({ claimant: { personId: null, label: localized('Semashko', 'Семашко') } })
    const reported = [{ metric: 'open' as const, claims: [claim], known: 5, unattributed: 26 }]
    const slices = [{ status: 'open' as const, count: 5 }]
    expect(statusKey(slices, reported, 'en', text).remarks).toEqual([
      'Reported total: 11 of 31 open (Semashko) (29 Nov 2019) [S01]. Item by item: 5 open — sources gave the total without naming every item; 26 items’ own status is not public on this date.',
    ])
    expect(statusKey(slices, reported, 'ru', CHARTS_TEXT.ru).remarks[0]).toMatch(
      /^Заявленный итог: не согласовано 11 из 31 \(Семашко\) \(29 нояб\. 2019 г\.\) \[S01\]\. По отдельным пунктам не согласовано: 5 — /,
    )
  })
})

describe('progressKey', () => {
  it('keys the series drawn, the events by number, and no kind of mark the chart does not draw', () => {
    const data = toProgressSeries(dataset.counts, dataset.events, {
      specs: PROGRESS_SPECS,
      asOf: '2019-12-31',
      years: YEARS,
    })
    const key = progressKey([data], 'en', text, seriesLabel)
    expect(labels(key)).toContain('Roadmaps open')
    expect(labels(key)).not.toContain('Programmes agreed')
    expect(labels(key)).not.toContain(text.chart.conflictMark)
    expect(labels(key)).toEqual(expect.arrayContaining([text.chart.eventLine, text.figureKey.asOfLine]))
    expect(key.notes).toEqual([
      { number: '1', text: '6 Sept 2019: Programme initialled' },
      { number: '2', text: '8 Dec 2019: Signing missed' },
    ])
  })

  it('keys the dispute ring and the inferred mark once a chart draws them', () => {
    const counts = [
      makeCount({ id: 'A', date: day('2019-12-07'), value: 8 }),
      makeCount({ id: 'B', date: day('2019-12-07'), value: 9, confidence: 'inferred' }),
    ]
    const data = toProgressSeries(counts, [], { specs: PROGRESS_SPECS, asOf: '2020-01-01', years: YEARS })
    const key = progressKey([data], 'en', text, seriesLabel)
    expect(labels(key)).toEqual(expect.arrayContaining([text.chart.conflictMark, text.chart.inferredMark]))
    expect(key.notes).toEqual([])
  })

  it('has no entries at all for a chart with nothing reported yet', () => {
    const data = toProgressSeries(dataset.counts, [], { specs: PROGRESS_SPECS, asOf: '2019-01-01', years: YEARS })
    expect(progressKey([data], 'en', text, seriesLabel).entries).toEqual([])
  })
})

describe('deadlineKey', () => {
  const missed = makeTarget({ id: 'T01', due: day('2019-12-07'), outcomes: [makeOutcome('2019-12-08', 'missed')] })
  const moved = makeTarget({
    id: 'T02',
    due: day('2019-12-07'),
    outcomes: [makeOutcome('2019-12-08', 'moved', { movedTo: day('2020-06-01') })],
  })

  it('keys each outcome drawn, a moved date, today and the date shown', () => {
    const data = toGanttRows([missed, moved], '2020-01-10', { topics: [], outcomes: [] })
    const key = deadlineKey(data, '2020-01-10', '2026-12-02', 'en', text)
    expect(key.entries.map((entry) => entry.label)).toEqual([
      expect.stringMatching(/Missed$/),
      expect.stringMatching(/Moved$/),
      text.figureKey.moved,
      text.figureKey.today,
      text.figureKey.asOfLine,
    ])
  })

  it('draws no line for the date shown when it is today, so keys none', () => {
    const data = toGanttRows([missed], '2026-12-02', { topics: [], outcomes: [] })
    expect(deadlineKey(data, '2026-12-02', '2026-12-02', 'en', text).entries.map((entry) => entry.label)).not.toContain(
      text.figureKey.asOfLine,
    )
  })
})
