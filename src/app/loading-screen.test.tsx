import { act, render, screen } from '@testing-library/react'
import { lazy } from 'react'
import { loadingScreenHtml, STATIC_SHELL_ID, staticShellHtml } from '../../scripts/static-shell'
import { createQueryClient } from '../lib/query-client'
import { LANGS } from '../i18n/lang'
import { useViewStore } from '../state/view-store'
import { LoadingScreen } from './loading-screen'
import { Providers } from './providers'

/** The app in its providers, its first screen a heading that waits for `until`. */
function renderWaiting(until: Promise<string>) {
  const FirstScreen = lazy(() => until.then((title) => ({ default: () => <h1>{title}</h1> })))
  return render(
    <Providers client={createQueryClient()}>
      <FirstScreen />
    </Providers>,
  )
}

describe('the loading screen', () => {
  it.each(LANGS)('is the same markup in index.html as React draws (%s)', (lang) => {
    useViewStore.setState({ lang })
    const { container } = render(<LoadingScreen />)
    expect(container.innerHTML).toBe(loadingScreenHtml(lang))
  })

  it('is drawn by React where the page has no copy of its own', () => {
    useViewStore.setState({ lang: 'en' })
    renderWaiting(new Promise(() => {}))
    expect(screen.getByRole('status')).toHaveTextContent('Loading the dataset…')
  })

  describe('where index.html already shows it', () => {
    beforeEach(() => document.body.insertAdjacentHTML('afterbegin', staticShellHtml()))
    afterEach(() => document.getElementById(STATIC_SHELL_ID)?.remove())

    it('exposes no copy until the stylesheet shows the reader’s', () => {
      expect(screen.queryByRole('heading')).not.toBeInTheDocument()
      expect(screen.queryByRole('status')).not.toBeInTheDocument()
    })

    it('stays as the only loading screen until the first real screen takes its place', async () => {
      let show: (title: string) => void = () => {}
      const firstScreen = new Promise<string>((resolve) => (show = resolve))
      renderWaiting(firstScreen)
      // One loading line per language in index.html, hidden until CSS shows one; React adds none of its own.
      const lines = screen.getAllByRole('status', { hidden: true })
      expect(lines.map((status) => status.textContent)).toEqual(['Loading the dataset…', 'Загрузка данных…'])
      // act returns once the first screen's code has arrived, as it would from the network.
      await act(() => {
        show('The board')
        return firstScreen
      })
      expect(await screen.findByRole('heading', { name: 'The board' })).toBeInTheDocument()
      expect(screen.queryByRole('status', { hidden: true })).not.toBeInTheDocument()
    })

    it('gives way to the error screen when loading fails', async () => {
      vi.spyOn(console, 'error').mockImplementation(() => {})
      let fail: (error: Error) => void = () => {}
      const firstScreen = new Promise<string>((_, reject) => (fail = reject))
      renderWaiting(firstScreen)
      await act(() => {
        fail(new Error('network down'))
        return firstScreen.catch(() => 'failed')
      })
      expect(await screen.findByRole('alert')).toHaveTextContent('network down')
      expect(screen.queryByRole('status', { hidden: true })).not.toBeInTheDocument()
      vi.restoreAllMocks()
    })
  })
})
