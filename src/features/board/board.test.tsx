import { act, screen, within, waitFor } from '@testing-library/react'
import { withJsdomLayout } from '../../testing/jsdom-layout'
import { renderApp } from '../../testing/render-app'

withJsdomLayout()

const table = () => screen.getByRole('table')
/** The titles of the item rows, top to bottom (the heading of the never-published group is not an item). */
const rowHeaders = () =>
  within(table())
    .queryAllByRole('rowheader')
    .filter((cell) => cell.getAttribute('scope') === 'row')
    .map((cell) => cell.textContent)
const params = () => Object.fromEntries(new URLSearchParams(window.location.search))

describe('status board', () => {
  it('shows only gas items, with their status on the chosen date and its source', async () => {
    renderApp({ url: '/?view=board&topic=gas&asOf=2019-12-01' })
    expect(await screen.findByRole('heading', { level: 2, name: 'Status board' })).toBeInTheDocument()
    expect(screen.getByText('1 of 3 roadmaps, as of 1 Dec 2019')).toBeInTheDocument()
    expect(rowHeaders()).toEqual(['Gas market'])
    const row = screen.getByRole('row', { name: /Gas market/ })
    expect(within(row).getByText('Drafting')).toBeInTheDocument()
    expect(within(row).getByRole('link', { name: /^S09:/ })).toHaveAttribute('href', 'https://example.org/S09')
    expect(table()).toHaveAttribute('aria-rowcount', '2')
    expect(row).toHaveAttribute('aria-rowindex', '2')
  })

  it('with a comparison date, marks the items whose status moved since then, and only those', async () => {
    renderApp({ url: '/?view=board&asOf=2019-12-21&compare=2019-12-01' })
    const moved = await screen.findByRole('row', { name: /Gas market/ })
    expect(within(moved).getByText('changed since 1 Dec 2019: was Drafting')).toBeInTheDocument()
    expect(screen.getAllByText(/^changed since/)).toHaveLength(2)
  })

  it('follows the date: the same item reads open after 20 Dec 2019', async () => {
    renderApp({ url: '/?view=board&topic=gas&asOf=2019-12-21' })
    const row = await screen.findByRole('row', { name: /Gas market/ })
    expect(within(row).getByText('Open (disputed)')).toBeInTheDocument()
    expect(within(row).getByText(/by Oreshkin/)).toBeInTheDocument()
  })

  it.each(['Syamashka', 'Семашко', 'semashko'])('finds Semashko’s claims by “%s”', async (query) => {
    const { user } = renderApp({ url: '/?view=board&asOf=2019-12-31' })
    await user.type(await screen.findByRole('combobox', { name: 'Search' }), query)
    expect(await screen.findByText('2 of 3 roadmaps, as of 31 Dec 2019')).toBeInTheDocument()
    expect(rowHeaders()).toEqual(['Gas market', 'Customs cooperation'])
    await waitFor(() => expect(params().q).toBe(query))
  })

  it('counts results per filter value, filters on a click and clears everything in one', async () => {
    const { user } = renderApp({ url: '/?view=board&asOf=2019-12-31' })
    const facets = await screen.findByRole('complementary', { name: 'Filters' })
    const topics = within(facets).getByRole('group', { name: 'Topic' })
    expect(within(topics).getByRole('checkbox', { name: 'Gas, 1 result' })).not.toBeChecked()
    const statuses = within(facets).getByRole('group', { name: 'Status on the date' })
    expect(within(statuses).getByRole('checkbox', { name: /Agreed, 1 result/ })).toBeInTheDocument()
    expect(within(statuses).getByRole('checkbox', { name: /Open \(disputed\), 1 result/ })).toBeInTheDocument()

    await user.click(within(statuses).getByRole('checkbox', { name: /Agreed/ }))
    expect(rowHeaders()).toEqual(['Customs cooperation'])
    await waitFor(() => expect(params().status).toBe('agreed'))
    const actors = within(facets).getByRole('group', { name: 'Who made the claim' })
    expect(within(actors).getByRole('checkbox', { name: 'Vladimir Semashko, 1 result' })).toBeInTheDocument()

    await user.click(within(facets).getByRole('button', { name: 'Clear all filters' }))
    expect(rowHeaders()).toEqual(['Gas market', 'Customs cooperation'])
    await waitFor(() => expect(params().status).toBeUndefined())
  })

  it('groups items whose title was never published, with their count, in the table', async () => {
    const { user } = renderApp({ url: '/?view=board&asOf=2019-12-31' })
    const toggle = await screen.findByRole('button', { name: /1 roadmap whose title was never published/ })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByText('Title not public')).not.toBeInTheDocument()
    await user.click(toggle)
    expect(screen.getByRole('rowheader', { name: 'Title not public (RM03)' })).toBeInTheDocument()
    expect(table()).toHaveAttribute('aria-rowcount', '5')
  })

  it('sorts by a column header, both ways, and keeps the sort in the URL', async () => {
    const { user } = renderApp({ url: '/?view=board&asOf=2019-12-31' })
    const header = await screen.findByRole('columnheader', { name: /Title/ })
    await user.click(within(header).getByRole('button'))
    expect(header).toHaveAttribute('aria-sort', 'ascending')
    expect(rowHeaders()).toEqual(['Customs cooperation', 'Gas market'])
    await waitFor(() => expect(params().sort).toBe('title'))
    await user.click(within(header).getByRole('button'))
    expect(header).toHaveAttribute('aria-sort', 'descending')
    expect(rowHeaders()).toEqual(['Gas market', 'Customs cooperation'])
    await waitFor(() => expect(params().sort).toBe('-title'))
  })

  it('shows columns by status with counts, titles never published grouped in their column', async () => {
    renderApp({ url: '/?view=board&asOf=2019-12-31&layout=columns' })
    const open = await screen.findByRole('region', { name: /Open \(disputed\)/ })
    expect(within(open).getByRole('button', { name: 'Gas market' })).toBeInTheDocument()
    const drafting = screen.getByRole('region', { name: /Drafting/ })
    expect(within(drafting).getByText('1 roadmap whose title was never published')).toBeInTheDocument()
    expect(screen.getByRole('region', { name: /Agreed 1/ })).toBeInTheDocument()
  })

  it('speaks Russian: labels, people’s names and plural forms', async () => {
    renderApp({ url: '/?view=board&asOf=2019-12-31&lang=ru' })
    expect(await screen.findByRole('heading', { level: 2, name: 'Доска статусов' })).toBeInTheDocument()
    expect(screen.getByText('Дорожные карты: 3 из 3 на 31 дек. 2019 г.')).toBeInTheDocument()
    const facets = screen.getByRole('complementary', { name: 'Фильтры' })
    expect(within(facets).getByRole('checkbox', { name: 'Семашко, результатов: 2' })).toBeInTheDocument()
    expect(within(facets).getByRole('checkbox', { name: 'Согласовано, результатов: 1' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /1 дорожная карта: названия не публиковались/ })).toBeInTheDocument()
  })

  it('says when a set had not begun on the date', async () => {
    renderApp({ url: '/?view=board&set=programmes&asOf=2019-12-01' })
    expect(
      await screen.findByText('No union programmes had been listed by 1 Dec 2019. The first is listed on 9 Sept 2021.'),
    ).toBeInTheDocument()
  })

  it('opens an item with its history, positions, deadlines and sources, and closes back to its row', async () => {
    const { user } = renderApp({ url: '/?view=board&asOf=2019-12-31' })
    const opener = await screen.findByRole('button', { name: 'Customs cooperation' })
    await user.click(opener)
    const dialog = screen.getByRole('dialog', { name: 'Customs cooperation' })
    await waitFor(() => expect(params().item).toBe('RM02'))
    expect(within(dialog).getByRole('heading', { name: 'Status history' })).toBeInTheDocument()
    expect(within(dialog).getByText('Agreed in Sochi.')).toBeInTheDocument()
    const deadlines = within(dialog).getByRole('heading', { name: 'Deadlines and what became of them' })
    expect(within(deadlines.nextElementSibling as HTMLElement).getByText('Compromise on the open items')).toBeVisible()
    expect(within(dialog).getByText(/What became of it/).parentElement).toHaveTextContent(
      'Compromise on the open items',
    )
    const sources = within(dialog).getByRole('heading', { name: 'Sources' }).nextElementSibling as HTMLElement
    expect(
      within(sources).getByRole('link', { name: 'Moscow and Minsk could not agree on 8 of the 31 roadmaps' }),
    ).toHaveAttribute('href', 'https://example.org/S24')
    await user.click(within(dialog).getByRole('button', { name: /Close/ }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await waitFor(() => expect(params().item).toBeUndefined())
    expect(screen.getByRole('button', { name: 'Customs cooperation' })).toHaveFocus()
  })

  it('opens straight from a link with both sides’ positions, and closes onto the item’s row', async () => {
    const { user } = renderApp({ url: '/?view=board&asOf=2019-12-31&item=RM01' })
    const dialog = await screen.findByRole('dialog', { name: 'Gas market' })
    expect(within(dialog).getByRole('heading', { name: 'The two sides’ positions' })).toBeInTheDocument()
    expect(within(dialog).getByText('Energy prices first.')).toBeInTheDocument()
    expect(within(dialog).getByText('No position reported by this date.')).toBeInTheDocument()
    // Nothing on the page opened it, so closing puts focus on the item's row.
    await user.click(within(dialog).getByRole('button', { name: /Close/ }))
    expect(screen.getByRole('button', { name: 'Gas market' })).toHaveFocus()
  })

  it('moves between rows with the arrow keys and focuses search with /', async () => {
    const { user } = renderApp({ url: '/?view=board&asOf=2019-12-31' })
    const first = await screen.findByRole('button', { name: 'Gas market' })
    act(() => first.focus())
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('button', { name: 'Customs cooperation' })).toHaveFocus()
    await user.keyboard('{End}')
    expect(screen.getByRole('button', { name: /whose title was never published/ })).toHaveFocus()
    await user.keyboard('{Home}')
    expect(first).toHaveFocus()
    await user.keyboard('/')
    expect(screen.getByRole('combobox', { name: 'Search' })).toHaveFocus()
  })
})
