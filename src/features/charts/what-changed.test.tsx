// A comparison across a large dataset: the moves are summed up by kind and listed a page at a time.
import { screen, within } from '@testing-library/react'
import { changesBetween } from '../../domain/changes'
import { renderApp } from '../../testing/render-app'
import { makeSyntheticDataset } from '../../testing/synthetic'

const LAZY = { timeout: 10_000 }

describe('what changed, at scale', () => {
  const dataset = makeSyntheticDataset(1_000, 7, { programmeShare: 0 })
  const [from, to] = ['2019-12-08', '2021-11-04']
  const moves = changesBetween(
    dataset.items.filter((item) => item.set === 'roadmaps'),
    dataset.targets,
    dataset.counts,
    from,
    to,
  ).statusMoves

  it('sums the moves up by kind and shows them 25 rows at a time', async () => {
    expect(moves.length).toBeGreaterThan(50)
    const { user } = renderApp({ url: `/?view=charts&asOf=${to}&compare=${from}`, dataset })
    const changes = await screen.findByRole('region', { name: /^What changed between/ }, LAZY)
    const tally = within(changes).getByRole('table', { name: 'Status changes by kind' })
    const tallied = within(tally)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Number(row.lastElementChild?.textContent?.replace(/\D/g, '')))
    expect(tallied.reduce((sum, count) => sum + count, 0)).toBe(moves.length)

    const table = within(changes).getByRole('table', { name: 'Status changes' })
    const bodyRows = () => within(table).getAllByRole('row').length - 1
    expect(bodyRows()).toBe(25)
    expect(within(changes).getByText(`${moves.length - 25} more not shown.`)).toBeInTheDocument()
    // The first such button follows the status changes; the deadlines that fell due may have one too.
    const [moreMoves] = within(changes).getAllByRole('button', { name: 'Show 25 more' })
    if (!moreMoves) throw new Error('no “Show 25 more” button')
    await user.click(moreMoves)
    expect(bodyRows()).toBe(50)
  }, 30_000)
})
