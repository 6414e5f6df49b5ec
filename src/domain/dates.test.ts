import { addDays, daysBetween, isIsoDate, makeFuzzyDate, periodEnd, periodStart } from './dates'
import { text } from '../testing/text'

describe('fuzzy dates', () => {
  it.each([
    ['2019', '2019-01-01', '2019-12-31'],
    ['2019-11', '2019-11-01', '2019-11-30'],
    ['2020-02', '2020-02-01', '2020-02-29'],
    ['2021-02', '2021-02-01', '2021-02-28'],
    ['2019-12-07', '2019-12-07', '2019-12-07'],
  ])('%s spans %s to %s', (value, start, end) => {
    expect(periodStart(value)).toBe(start)
    expect(periodEnd(value)).toBe(end)
  })

  it.each([
    ['2019-12-07', true],
    ['2019-13-45', false],
    ['2019-02-29', false],
    ['2020-02-29', true],
    ['2019-12', false],
    ['not a date', false],
  ])('isIsoDate(%s) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected)
  })

  it('keeps precision, inference and note', () => {
    expect(makeFuzzyDate('2019-11', 'month', true, text('before 19 Nov'))).toEqual({
      value: '2019-11',
      precision: 'month',
      inferred: true,
      note: text('before 19 Nov'),
      start: '2019-11-01',
      end: '2019-11-30',
    })
  })

  it('counts and adds days across month ends', () => {
    expect(daysBetween('2019-11-29', '2019-12-07')).toBe(8)
    expect(addDays('2019-12-07', -1)).toBe('2019-12-06')
    expect(addDays('2019-12-31', 1)).toBe('2020-01-01')
  })
})
