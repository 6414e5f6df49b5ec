import { describe, expect, it } from 'vitest'
import { headlineRows, toHeadlineArc } from '../../domain/headline-arc'
import { PROGRESS_SPECS } from '../../domain/progress-specs'
import { HEADLINE_ARC } from '../../domain/story'
import { day, makeCount, makeEvent } from '../../testing/factories'
import { headlineKey, headlineTable } from './headline-export'
import { OVERVIEW_TEXT } from './overview-text'

const text = OVERVIEW_TEXT.en
const seriesLabel = (key: string) => PROGRESS_SPECS.find((spec) => spec.key === key)?.label.en ?? key
const [first = '', second = ''] = HEADLINE_ARC.turningPointIds
const events = [makeEvent(first, '2019-09-06'), makeEvent(second, '2019-11-29')]
const labels = (key: ReturnType<typeof headlineKey>) => key.entries.map((entry) => entry.label)

describe('headlineKey', () => {
  it('keys the series drawn and the turning points by number, date and event, and no mark the chart lacks', () => {
    const counts = [makeCount({ id: 'C01', date: day('2019-11-29'), metric: 'open', value: 11 })]
    const key = headlineKey(toHeadlineArc({ counts, events }, '2019-12-01'), 'en', text, seriesLabel)
    expect(labels(key)).toContain('Roadmaps open')
    expect(labels(key)).not.toContain('Roadmaps agreed')
    expect(labels(key)).not.toContain(text.chart.conflictMark)
    expect(labels(key)).toEqual(expect.arrayContaining([text.figureKey.turningPointLine, text.figureKey.asOfLine]))
    expect(key.notesTitle).toBe(text.figureKey.turningPointsTitle)
    expect(key.notes).toEqual([
      { number: '1', text: `6 Sept 2019: Event ${first}` },
      { number: '2', text: `29 Nov 2019: Event ${second}` },
    ])
  })

  it('keys the dispute ring once the chart draws one', () => {
    const counts = [
      makeCount({ id: 'A', date: day('2019-12-07'), metric: 'agreed', value: 23, conflictGroup: 'dec' }),
      makeCount({ id: 'B', date: day('2019-12-07'), metric: 'agreed', value: 20, conflictGroup: 'dec' }),
    ]
    const key = headlineKey(toHeadlineArc({ counts, events: [] }, '2020-01-01'), 'en', text, seriesLabel)
    expect(labels(key)).toContain(text.chart.conflictMark)
    expect(key.notes).toEqual([])
  })
})

describe('headlineTable', () => {
  it('has a row for each figure and each turning point drawn, in date order, with their sources', () => {
    const counts = [makeCount({ id: 'C01', date: day('2019-11-29'), metric: 'open', value: 11, sources: ['S07'] })]
    const arc = toHeadlineArc({ counts, events }, '2019-12-01')
    const table = headlineTable(headlineRows(arc), 'en', seriesLabel)
    const column = (name: string) => table.header.indexOf(name)
    expect(table.rows.map((row) => [row[column('kind')], row[column('id')], row[column('date')]])).toEqual([
      ['turning-point', first, '2019-09-06'],
      ['turning-point', second, '2019-11-29'],
      ['figure', 'C01', '2019-11-29'],
    ])
    const figure = table.rows[2] ?? []
    expect(figure[column('series_label')]).toBe('Roadmaps open')
    expect(figure[column('value')]).toBe('11')
    expect(figure[column('sources')]).toBe('S07')
    expect(table.rows[0]?.[column('turning_point')]).toBe('1')
  })
})
