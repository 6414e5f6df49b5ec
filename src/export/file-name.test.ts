import { exportFileName, slugify } from './file-name'

describe('export file names', () => {
  it.each([
    ['Status breakdown', 'status-breakdown'],
    ['  Deadlines: 2019–2026 / all ', 'deadlines-2019-2026-all'],
    ['Статусы карт', 'статусы-карт'],
    ['2019-12-01', '2019-12-01'],
    ['!!!', ''],
  ])('slugifies %j as %j', (value, expected) => {
    expect(slugify(value)).toBe(expected)
  })

  it('joins the parts after the app name and skips empty ones', () => {
    expect(exportFileName(['board', 'roadmaps', '', '2019-12-01'], 'csv')).toBe(
      'roadmap-tracker_board_roadmaps_2019-12-01.csv',
    )
  })
})
