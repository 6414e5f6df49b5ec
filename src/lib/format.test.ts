import { formatDaysOverdue } from './format'

describe('formatDaysOverdue', () => {
  it.each([
    [1, 'en', '1 day overdue'],
    [412, 'en', '412 days overdue'],
    [1, 'ru', '1 день просрочки'],
    [3, 'ru', '3 дня просрочки'],
    [25, 'ru', '25 дней просрочки'],
    [1021, 'ru', '1 021 день просрочки'],
  ] as const)('%i in %s reads “%s”', (days, lang, expected) => {
    expect(formatDaysOverdue(days, lang).replace(/\s/g, ' ')).toBe(expected)
  })
})
