// The comparison: status changes apart from changes in what is known, and, across a large dataset, the moves
// summed up by kind and listed a page at a time.
import { screen, within } from '@testing-library/react'
import { changesBetween } from '../../domain/changes'
import { makeChange, makeItem } from '../../testing/factories'
import { fixtureDataset } from '../../testing/fixture-data'
import { renderApp } from '../../testing/render-app'
import { makeSyntheticDataset } from '../../testing/synthetic'

const LAZY = { timeout: 10_000 }

describe('what changed between two dates', () => {
  const items = [
    makeItem({ id: 'RM01', history: [makeChange('2019-09-06', 'open'), makeChange('2019-12-07', 'agreed')] }),
    makeItem({
      id: 'RM02',
      history: [makeChange('2019-09-06', 'drafting'), makeChange('2019-11-29', 'unattributed')],
    }),
  ]
  const dataset = { ...fixtureDataset(), items, itemsById: new Map(items.map((item) => [item.id, item])) }

  it('lists a status that stopped being reported as a change in what is known, not as a status change', async () => {
    renderApp({ url: '/?view=charts&set=roadmaps&asOf=2019-12-31&compare=2019-10-01', dataset })
    const changes = await screen.findByRole('region', { name: /^What changed between/ }, LAZY)
    expect(changes).toHaveTextContent('1 status changes, 1 changes in what is known')
    const statusRows = within(within(changes).getByRole('table', { name: 'Status changes' })).getAllByRole('row')
    expect(statusRows.slice(1).map((row) => row.querySelector('th')?.textContent)).toEqual(['RM01 · Test roadmap'])
    const known = within(changes).getByRole('table', { name: 'Changes in what is known' })
    const [, row] = within(known).getAllByRole('row')
    expect(row).toHaveTextContent('RM02 · Test roadmap')
    expect(row).toHaveTextContent('Stopped being reported')
    expect(row).toHaveTextContent('Unattributed')
  }, 30_000)
})

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
