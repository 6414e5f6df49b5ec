import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { vi } from 'vitest'
import { withJsdomLayout } from '../testing/jsdom-layout'
import { renderApp } from '../testing/render-app'

withJsdomLayout()

const search = () => new URLSearchParams(window.location.search)

describe('the address follows the view', () => {
  afterEach(() => vi.restoreAllMocks())

  it('writes a burst of keystrokes as one address change, once the screen has updated', async () => {
    renderApp({ url: '/?view=board' })
    const box = await screen.findByRole('combobox', { name: 'Search' })
    const replace = vi.spyOn(window.history, 'replaceState')
    for (const value of ['g', 'ga', 'gas']) fireEvent.change(box, { target: { value } })
    // The board already shows the query; the address catches up a moment later, in one write.
    expect(box).toHaveValue('gas')
    expect(search().get('q')).toBeNull()
    await waitFor(() => expect(search().get('q')).toBe('gas'))
    expect(replace).toHaveBeenCalledTimes(1)
  })

  it('gives an opened item its own history entry, so Back closes it', async () => {
    const { user } = renderApp({ url: '/?view=board&asOf=2019-12-31' })
    const push = vi.spyOn(window.history, 'pushState')
    await user.click(await screen.findByRole('button', { name: 'Customs cooperation' }))
    await waitFor(() => expect(search().get('item')).toBe('RM02'))
    expect(push).toHaveBeenCalledTimes(1)

    // What the browser does on Back: the address changes first, then popstate tells the app.
    act(() => {
      window.history.replaceState(null, '', '/?view=board&asOf=2019-12-31&v=1')
      window.dispatchEvent(new PopStateEvent('popstate'))
    })
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(search().get('item')).toBeNull()
  })
})
