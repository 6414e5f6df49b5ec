import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { initialView } from '../state/view'
import { useViewStore } from '../state/view-store'
import { useAppUpdate } from './service-worker'
import { UpdatePrompt } from './update-prompt'

afterEach(() => {
  useAppUpdate.setState({ waiting: false, reload: () => undefined })
  useViewStore.setState(initialView)
})

describe('the update prompt', () => {
  it('shows nothing until a new version waits', () => {
    render(<UpdatePrompt />)
    expect(screen.queryByRole('button', { name: 'Reload to update' })).not.toBeInTheDocument()
  })

  it('reloads into the new version only when asked, and never over the deck', async () => {
    const reload = vi.fn()
    useViewStore.setState({ view: 'briefing' })
    useAppUpdate.setState({ waiting: true, reload })
    render(<UpdatePrompt />)
    expect(screen.queryByRole('button', { name: 'Reload to update' })).not.toBeInTheDocument()

    act(() => useViewStore.setState({ view: 'board' }))
    expect(screen.getByRole('status')).toHaveTextContent('A new version of the tracker is ready.')
    expect(reload).not.toHaveBeenCalled()
    await userEvent.click(screen.getByRole('button', { name: 'Reload to update' }))
    expect(reload).toHaveBeenCalledOnce()
  })
})
