import { formatDayCount } from './format'

describe('formatDayCount', () => {
  it.each([
    [1, 'en', '1 day'],
    [412, 'en', '412 days'],
    [1, 'ru', '1 день'],
    [3, 'ru', '3 дня'],
    [25, 'ru', '25 дней'],
    [1021, 'ru', '1 021 день'],
  ] as const)('%i in %s reads “%s”', (days, lang, expected) => {
    expect(formatDayCount(days, lang).replace(/\s/g, ' ')).toBe(expected)
  })
})
