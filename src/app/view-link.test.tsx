import { screen, waitFor } from '@testing-library/react'
import { renderApp } from '../testing/render-app'

describe('view links in the header', () => {
  it('carry the full address of their view, theme and filters kept', async () => {
    renderApp({ url: '/?topic=gas&theme=dark' })
    const board = await screen.findByRole('link', { name: 'Board' })
    const target = new URLSearchParams(board.getAttribute('href')?.split('?')[1])
    expect(Object.fromEntries(target)).toEqual({ view: 'board', topic: 'gas', theme: 'dark', v: '1' })
    expect(screen.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page')
  })

  it.each(['{Control>}', '{Meta>}', '{Shift>}'])(
    'leave a click with %s held to the browser (a new tab), the view here unchanged',
    async (hold) => {
      const { user } = renderApp()
      const board = await screen.findByRole('link', { name: 'Board' })
      // jsdom cannot open a tab; a listener after the app's stops it from trying to navigate.
      const stopNavigation = (event: Event) => event.preventDefault()
      window.addEventListener('click', stopNavigation)
      await user.keyboard(hold)
      await user.click(board)
      await user.keyboard('{/Control}{/Meta}{/Shift}')
      window.removeEventListener('click', stopNavigation)
      expect(screen.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page')
      expect(board).not.toHaveAttribute('aria-current')
      expect(window.location.search).toBe('')
    },
  )

  it('switch the view in place on a plain click', async () => {
    const { user } = renderApp()
    await user.click(await screen.findByRole('link', { name: 'Board' }))
    expect(await screen.findByRole('heading', { level: 2, name: 'Status board' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Board' })).toHaveAttribute('aria-current', 'page')
    await waitFor(() => expect(window.location.search).toBe('?view=board&v=1'))
  })
})
