// The board as a daily tool: reached from the keyboard in a few Tabs, searchable with the browser's find (every
// row of a list of normal size is on the page), and shareable from an open item.
import { act, screen, waitFor, within } from '@testing-library/react'
import { vi } from 'vitest'
import { withJsdomLayout } from '../../testing/jsdom-layout'
import { renderApp } from '../../testing/render-app'
import { makeSyntheticDataset } from '../../testing/synthetic'

withJsdomLayout({ viewport: 600, row: 60 })

const FIND_HINT = /browser’s find \(Ctrl\+F\) does not reach the rest/

describe('board, everyday use', () => {
  it('skips from the top of the page to the first row in three Tabs', async () => {
    const { user } = renderApp({ url: '/?view=board&asOf=2019-12-31' })
    await screen.findByRole('table')
    await user.tab()
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveFocus()
    await user.tab()
    const skip = screen.getByRole('link', { name: 'Skip to results' })
    expect(skip).toHaveFocus()
    await user.keyboard('{Enter}')
    const [, body] = within(screen.getByRole('table')).getAllByRole('rowgroup')
    expect(body).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('button', { name: 'Gas market' })).toHaveFocus()
    // The address keeps no fragment: it would stay on every later view.
    expect(window.location.hash).toBe('')
  }, 15_000)

  it('offers the skip link in Russian, and only on the board', async () => {
    renderApp({ url: '/?view=board&lang=ru' })
    expect(await screen.findByRole('link', { name: 'К результатам' })).toHaveAttribute('href', '#board-results')
    renderApp({ url: '/?view=timeline' })
    await screen.findAllByRole('link', { name: 'Skip to content' })
    expect(screen.queryByRole('link', { name: 'Skip to results' })).not.toBeInTheDocument()
  })

  it('draws every row of a list of a few hundred, so the browser’s find reaches them all', async () => {
    const dataset = makeSyntheticDataset(300, 7, { programmeShare: 0 })
    renderApp({ url: `/?view=board&asOf=${dataset.latestFactDate}`, dataset })
    const table = await screen.findByRole('table', {}, { timeout: 10_000 })
    const announced = Number(table.getAttribute('aria-rowcount'))
    expect(announced).toBeGreaterThan(200)
    // Every announced row but the header row is on the page, far more than a 600-pixel window holds.
    expect(within(table).getAllByRole('row')).toHaveLength(announced)
    expect(screen.queryByText(FIND_HINT)).not.toBeInTheDocument()
  }, 30_000)

  it('copies, from an open item, a link that keeps the item and the theme', async () => {
    const { user } = renderApp({ url: '/?view=board&asOf=2019-12-31&item=RM01&theme=dark' })
    const dialog = await screen.findByRole('dialog', { name: 'Gas market' })
    const writeText = vi.spyOn(navigator.clipboard, 'writeText')
    await user.click(within(dialog).getByRole('button', { name: 'Copy link' }))
    const copied = new URL(String(writeText.mock.calls[0]?.[0]))
    expect(copied.searchParams.get('item')).toBe('RM01')
    expect(copied.searchParams.get('theme')).toBe('dark')
    expect(copied.searchParams.get('view')).toBe('board')
    expect(await within(dialog).findByText('Link to this roadmap copied')).toBeInTheDocument()
  })
})

describe('a board longer than a few hundred rows', () => {
  it('is drawn a window at a time on screen, and whole for printing', async () => {
    const dataset = makeSyntheticDataset(600, 7, { programmeShare: 0 })
    renderApp({ url: `/?view=board&asOf=${dataset.latestFactDate}`, dataset })
    const table = await screen.findByRole('table', {}, { timeout: 10_000 })
    const announced = Number(table.getAttribute('aria-rowcount'))
    expect(announced).toBeGreaterThan(450)
    expect(within(table).getAllByRole('row').length).toBeLessThan(40)
    act(() => {
      window.dispatchEvent(new Event('beforeprint'))
    })
    const printed = within(table).getAllByRole('row')
    expect(printed).toHaveLength(Number(table.getAttribute('aria-rowcount')))
    // Paper unfolds the group of rows whose titles were never published, so those rows print too.
    expect(printed.length).toBeGreaterThan(announced)
    act(() => {
      window.dispatchEvent(new Event('afterprint'))
    })
    expect(within(table).getAllByRole('row').length).toBeLessThan(40)
  }, 60_000)

  it('says that the browser’s find sees only the rows on screen, and what finds the rest', async () => {
    const dataset = makeSyntheticDataset(10_000, 42, { programmeShare: 0 })
    renderApp({ url: `/?view=board&asOf=${dataset.latestFactDate}`, dataset })
    await screen.findByRole('table', {}, { timeout: 10_000 })
    expect(screen.getByText(FIND_HINT)).toHaveTextContent('The search box above finds any of them.')
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row').length).toBeLessThan(40))
  }, 30_000)
})
