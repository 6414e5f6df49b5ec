import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ExportMenu } from './export-menu'

const labels = { label: 'Export', doneLabel: 'Downloaded', failedLabel: 'The export failed' }

describe('ExportMenu', () => {
  it('runs an export from its button and says which file it wrote', async () => {
    const user = userEvent.setup()
    const run = vi.fn(() => Promise.resolve('roadmap-tracker_board.csv'))
    render(<ExportMenu {...labels} actions={[{ id: 'csv', label: 'CSV', name: 'Download as CSV', run }]} />)
    expect(screen.getByRole('group', { name: 'Export' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Download as CSV' }))
    expect(run).toHaveBeenCalledOnce()
    expect(await screen.findByText('Downloaded: roadmap-tracker_board.csv')).toBeInTheDocument()
  })

  it('says why an export failed', async () => {
    const user = userEvent.setup()
    const run = () => Promise.reject(new Error('the chart is not on screen'))
    render(<ExportMenu {...labels} actions={[{ id: 'png', label: 'PNG', name: 'Download as PNG', run }]} />)
    await user.click(screen.getByRole('button', { name: 'Download as PNG' }))
    expect(await screen.findByText('The export failed: the chart is not on screen')).toBeInTheDocument()
  })
})
