import { screen, waitFor, within } from '@testing-library/react'
import { withJsdomLayout } from '../../testing/jsdom-layout'
import { renderApp } from '../../testing/render-app'

withJsdomLayout()

const params = () => Object.fromEntries(new URLSearchParams(window.location.search))

describe('the header search', { timeout: 30_000 }, () => {
  it('lists results grouped by kind with the words marked, and opens an item from the keyboard', async () => {
    const { user } = renderApp({ url: '/?asOf=2019-12-31' })
    const box = await screen.findByRole('combobox', { name: 'Search' })
    expect(box).toHaveAttribute('aria-expanded', 'false')
    await user.keyboard('/')
    expect(box).toHaveFocus()
    await user.keyboard('Syamashka')

    const results = await screen.findByRole('listbox', { name: 'Search results' })
    expect(box).toHaveAttribute('aria-expanded', 'true')
    expect(box).toHaveAttribute('aria-controls', results.id)
    const items = within(results).getByRole('group', { name: 'Roadmaps and programmes (2)' })
    expect(
      within(items)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([expect.stringContaining('Gas market'), expect.stringContaining('Customs cooperation')])
    const person = within(within(results).getByRole('group', { name: 'People (1)' })).getByRole('option', {
      name: /^Vladimir Semashko/,
    })
    expect(within(person).getByText('Syamashka', { selector: 'mark' })).toBeInTheDocument()
    expect(within(person).getByText('1 event')).toBeInTheDocument()

    await user.keyboard('{ArrowDown}{ArrowDown}')
    const customs = within(items).getByRole('option', { name: /^Customs cooperation/ })
    expect(customs).toHaveAttribute('aria-selected', 'true')
    expect(box).toHaveAttribute('aria-activedescendant', customs.id)
    await user.keyboard('{Enter}')

    expect(await screen.findByRole('dialog', { name: 'Customs cooperation' }, { timeout: 15_000 })).toBeInTheDocument()
    expect(box).toHaveAttribute('aria-expanded', 'false')
    await waitFor(() => expect(params()).toMatchObject({ view: 'board', item: 'RM02', q: 'Syamashka' }))
  })

  it('marks what is dated after the chosen date, and closes on Escape', async () => {
    const { user } = renderApp({ url: '/?asOf=2019-12-01' })
    await user.type(await screen.findByRole('combobox', { name: 'Search' }), 'signing')
    const events = await screen.findByRole('group', { name: 'Events (1)' })
    // What a screen reader reads of the option says so too: its name is all it shows.
    expect(within(events).getByRole('option', { name: /^Signing missed.*after the chosen date/ })).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
  })

  it('opens an event on the timeline, highlighted', async () => {
    const { user } = renderApp({ url: '/?asOf=2019-12-31' })
    await user.type(await screen.findByRole('combobox', { name: 'Search' }), 'Signing missed')
    await user.click(await screen.findByRole('option', { name: /^Signing missed/ }))
    await waitFor(() => expect(params()).toMatchObject({ view: 'timeline', event: 'E002' }))
    const highlighted = await screen.findByRole('listitem', { current: true })
    expect(highlighted).toHaveTextContent('Signing missed')
  })
})
