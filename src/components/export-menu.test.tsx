import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ExportMenu } from './export-menu'

const labels = {
  label: 'Export',
  doneLabel: 'Downloaded',
  failedLabel: 'The export failed',
  codeFailedLabel: 'its code could not be downloaded',
}

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

  it('says in its own words when the export code did not download, and runs again on the next click', async () => {
    const user = userEvent.setup()
    const run = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module: https://x.test/assets/d.js'))
      .mockResolvedValueOnce('board.csv')
    render(<ExportMenu {...labels} actions={[{ id: 'csv', label: 'CSV', name: 'Download as CSV', run }]} />)
    await user.click(screen.getByRole('button', { name: 'Download as CSV' }))
    expect(await screen.findByText('The export failed: its code could not be downloaded')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Download as CSV' }))
    expect(await screen.findByText('Downloaded: board.csv')).toBeInTheDocument()
  })
})

describe('ExportMenu with a choice', () => {
  it('offers the choice by its label and hands the chosen value on', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const choice = {
      label: 'Picture size',
      value: 'slide',
      options: [
        { value: 'slide', label: 'Slide 16:9 (1920 × 1080)' },
        { value: 'square', label: 'Square (1080 × 1080)' },
      ],
      onChange,
    }
    render(<ExportMenu {...labels} choice={choice} actions={[]} />)
    const select = screen.getByRole('combobox', { name: 'Picture size' })
    expect(select).toHaveDisplayValue('Slide 16:9 (1920 × 1080)')
    await user.selectOptions(select, 'Square (1080 × 1080)')
    expect(onChange).toHaveBeenCalledWith('square')
  })
})
