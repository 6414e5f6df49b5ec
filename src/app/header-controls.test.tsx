import { screen, waitFor } from '@testing-library/react'
import { vi } from 'vitest'
import { renderApp } from '../testing/render-app'

afterEach(() => window.localStorage.clear())

describe('header controls', () => {
  it('switches the theme, keeps it in the URL and remembers it in this browser', async () => {
    const { user } = renderApp()
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Theme' }), 'High contrast')
    expect(document.documentElement.dataset.theme).toBe('contrast')
    await waitFor(() => expect(window.location.search).toContain('theme=contrast'))
    expect(window.localStorage.getItem('union-state-roadmap-tracker:theme')).toBe('contrast')
  })

  it('starts in the stored theme when the link names none', async () => {
    window.localStorage.setItem('union-state-roadmap-tracker:theme', 'dark')
    renderApp({ url: '/?view=methodology' })
    expect(await screen.findByRole('combobox', { name: 'Theme' })).toHaveValue('dark')
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'))
  })

  it('lets the link’s theme win over the stored one, without storing it', async () => {
    window.localStorage.setItem('union-state-roadmap-tracker:theme', 'dark')
    renderApp({ url: '/?theme=light' })
    expect(await screen.findByRole('combobox', { name: 'Theme' })).toHaveValue('light')
    expect(window.localStorage.getItem('union-state-roadmap-tracker:theme')).toBe('dark')
  })

  it('follows the system when nothing is chosen', async () => {
    renderApp()
    expect(await screen.findByRole('combobox', { name: 'Theme' })).toHaveValue('system')
    expect(document.documentElement.dataset.theme).toBe('system')
  })

  it('switches the interface to Russian and back', async () => {
    const { user } = renderApp()
    await user.click(await screen.findByRole('button', { name: 'Русский' }))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Трекер дорожных карт Союзного государства')
    expect(document.documentElement.lang).toBe('ru')
    await waitFor(() => expect(window.location.search).toContain('lang=ru'))
    expect(screen.getByRole('button', { name: 'Русский' })).toHaveAttribute('aria-pressed', 'true')
    await user.click(screen.getByRole('button', { name: 'English' }))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Union State Roadmap Tracker')
  })

  it('copies the link to this view, in the reader’s theme', async () => {
    const { user } = renderApp({ url: '/?view=methodology&theme=dark' })
    const writeText = vi.spyOn(navigator.clipboard, 'writeText')
    await user.click(await screen.findByRole('button', { name: 'Copy link' }))
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?view=methodology&theme=dark&v=1`)
    expect(await screen.findByText('Link to this view copied')).toBeInTheDocument()
  })

  it('shows the link to copy by hand when the clipboard is refused', async () => {
    const { user } = renderApp({ url: '/?view=methodology' })
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'))
    await user.click(await screen.findByRole('button', { name: 'Copy link' }))
    expect(await screen.findByRole('textbox', { name: 'Copy this link:' })).toHaveValue(
      `${window.location.origin}/?view=methodology&v=1`,
    )
  })
})
