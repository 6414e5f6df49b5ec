// The board with 10,000 items: only a window of rows is in the DOM, while the table still announces its full size.
// Speed is measured in the benchmark, not here.
import { screen, within } from '@testing-library/react'
import { withJsdomLayout } from '../../testing/jsdom-layout'
import { renderApp } from '../../testing/render-app'
import { makeSyntheticDataset } from '../../testing/synthetic'
import { countInSet, factsAsOf } from '../../domain/filters'
import { isTitlePublic } from '../../domain/items'
import { formatDay } from '../../lib/format'

withJsdomLayout({ viewport: 600, row: 60 })

describe('status board at scale', () => {
  const dataset = makeSyntheticDataset(10_000, 42, { programmeShare: 0 })
  const asOf = dataset.latestFactDate
  const listed = countInSet(factsAsOf(dataset.items, dataset.targets, asOf), 'roadmaps')
  const titled = dataset.items.filter((item) => isTitlePublic(item)).length

  it('renders a window of the table’s rows and announces all of them', async () => {
    renderApp({ url: `/?view=board&asOf=${asOf}`, dataset })
    const table = await screen.findByRole('table', {}, { timeout: 10_000 })
    expect(listed).toBe(10_000)
    // Header row, every titled row, and the heading of the never-published group (collapsed).
    expect(table).toHaveAttribute('aria-rowcount', String(titled + 2))
    const rendered = within(table).getAllByRole('row').slice(1)
    expect(rendered.length).toBeGreaterThan(5)
    expect(rendered.length).toBeLessThan(40)
    expect(rendered[0]).toHaveAttribute('aria-rowindex', '2')
    expect(screen.getByText(`10,000 of 10,000 roadmaps, as of ${formatDay(asOf, 'en')}`)).toBeInTheDocument()
  }, 30_000)

  it('renders a window of each column’s cards in the columns layout', async () => {
    renderApp({ url: `/?view=board&asOf=${asOf}&layout=columns`, dataset })
    const board = await screen.findByRole('region', { name: 'Status board' }, { timeout: 10_000 })
    const columns = within(board).getAllByRole('region')
    const cards = columns.flatMap((column) => within(column).queryAllByRole('listitem'))
    expect(cards.length).toBeGreaterThan(0)
    expect(columns).toHaveLength(8)
    expect(cards.length).toBeLessThan(20 * columns.length)
    const first = cards[0]
    expect(Number(first?.getAttribute('aria-setsize'))).toBeGreaterThan(100)
  }, 30_000)
})
