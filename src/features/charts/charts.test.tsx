// The charts view on the real data: each chart's table shows the chart's own numbers, and a click on a status or
// a topic × status cell opens the board filtered to it.
import { screen, within, waitFor } from '@testing-library/react'
import { readBundledFiles } from '../../data/load-dataset'
import { parseDataset } from '../../data/parse-dataset'
import { STATUS_META } from '../../domain/status'
import type { Dataset } from '../../domain/types'
import { STATUSES } from '../../domain/vocabulary'
import { renderApp } from '../../testing/render-app'

let dataset: Dataset

beforeAll(async () => {
  const result = parseDataset(await readBundledFiles(), { requireFullProgramme: true })
  if (!result.ok) throw new Error('bundled data invalid')
  dataset = result.dataset
})

const frame = (title: string) => screen.getByRole('region', { name: title })
const params = () => new URLSearchParams(window.location.search)

/** Status → count as the chart's legend shows it (each entry: icon, label, count, "show them on the board"). */
function legendCounts(region: HTMLElement): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const status of STATUSES) {
    const entry = within(region).queryByRole('button', {
      name: (name) => name.startsWith(`${STATUS_META[status].label.en} `) && name.endsWith('show them on the board'),
    })
    if (entry) counts[status] = Number(entry.querySelector('strong')?.textContent)
  }
  return counts
}

/** Status → count as the "show as table" view shows it. */
function tableCounts(region: HTMLElement): Record<string, number> {
  const rows = within(within(region).getByRole('table')).getAllByRole('row').slice(1)
  return Object.fromEntries(
    rows.map((row) => [
      String(row.querySelector<HTMLElement>('[data-status]')?.dataset.status),
      Number(within(row).getAllByRole('cell')[0]?.textContent),
    ]),
  )
}

// recharts loads lazily; on a busy machine the first chart can take a few seconds to appear.
const LAZY = { timeout: 15_000 }

describe('charts view', { timeout: 60_000 }, () => {
  it('draws the status breakdown as of the date, and its table has the same numbers', async () => {
    const { user, container } = renderApp({ url: '/?view=charts&asOf=2019-12-07', dataset })
    const status = await screen.findByRole('region', { name: 'Status breakdown' }, LAZY)
    expect(within(status).getByText('As of 7 Dec 2019')).toBeInTheDocument()
    expect(within(status).getByText(/^31 roadmaps listed: 25 unattributed, 4 open \(disputed\), 2 agreed\.$/))
    await within(status).findAllByRole('button', { name: /show them on the board/ }, LAZY)
    const fromChart = legendCounts(status)
    expect(fromChart).toEqual({ open: 4, agreed: 2, unattributed: 25 })
    expect(container.querySelectorAll('.status-bar-chart .recharts-bar-rectangle')).toHaveLength(3)

    await user.click(within(status).getByRole('button', { name: 'Show as table' }))
    expect(within(status).getByRole('button', { name: 'Show as table' })).toHaveAttribute('aria-pressed', 'true')
    expect(tableCounts(status)).toEqual(fromChart)
  })

  it('follows the as-of date when a key date is chosen', async () => {
    const { user } = renderApp({ url: '/?view=charts&asOf=2019-12-07', dataset })
    await screen.findByRole('region', { name: 'Status breakdown' }, LAZY)
    await user.click(screen.getByRole('button', { name: /10 Sept 2021/ }))
    const status = frame('Status breakdown')
    expect(within(status).getByText('As of 10 Sept 2021')).toBeInTheDocument()
    expect(await within(status).findByRole('button', { name: /^.*Superseded\s*30/ }, LAZY)).toBeInTheDocument()
    await waitFor(() => expect(params().get('asOf')).toBe('2021-09-10'))
  })

  it('opens the board filtered to a status when its segment is clicked', async () => {
    const { user } = renderApp({ url: '/?view=charts&asOf=2019-12-07', dataset })
    const status = await screen.findByRole('region', { name: 'Status breakdown' }, LAZY)
    await user.click(
      await within(status).findByRole('button', { name: /Open \(disputed\).*show them on the board/ }, LAZY),
    )
    await waitFor(() => expect(params().get('view')).toBe('board'))
    await waitFor(() => expect(params().get('status')).toBe('open'))
    await waitFor(() => expect(params().get('asOf')).toBe('2019-12-07'))
    expect(screen.getByRole('link', { name: 'Board' })).toHaveAttribute('aria-current', 'page')
  })

  it('opens the board filtered to a topic and status from the heatmap', async () => {
    const { user } = renderApp({ url: '/?view=charts&asOf=2019-12-07', dataset })
    const matrix = await screen.findByRole('region', { name: 'Topics by status' }, LAZY)
    await user.click(within(matrix).getByRole('button', { name: '1: Gas, Open (disputed), show them on the board' }))
    await waitFor(() => expect(params().get('view')).toBe('board'))
    await waitFor(() => expect(params().get('topic')).toBe('gas'))
    await waitFor(() => expect(params().get('status')).toBe('open'))
  })

  it('keeps the heatmap and its table in step with the board filters', async () => {
    const { user } = renderApp({ url: '/?view=charts&asOf=2019-12-07&topic=oil,gas', dataset })
    const matrix = await screen.findByRole('region', { name: 'Topics by status' }, LAZY)
    const rowNames = () =>
      within(matrix)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent)
    expect(rowNames()).toEqual(['Oil', 'Gas'])
    expect(screen.getByText(/Filtered as on the board:/)).toHaveTextContent('Topic: Oil, Gas')
    await user.click(within(matrix).getByRole('button', { name: 'Show as table' }))
    expect(rowNames()).toEqual(['Oil', 'Gas'])
    expect(within(matrix).queryByRole('button', { name: /show them on the board/ })).not.toBeInTheDocument()
  })

  it('lists every plotted figure in the progress table, with 11 then 8 roadmaps open', async () => {
    const { user, container } = renderApp({ url: '/?view=charts', dataset })
    const progress = await screen.findByRole('region', { name: 'Reported progress: roadmaps and programmes' }, LAZY)
    await within(progress).findAllByRole('heading', { name: 'Reported implementation of the measures' }, LAZY)
    const marks = container.querySelectorAll('.progress-chart .recharts-scatter-symbol').length
    expect(marks).toBeGreaterThan(30)
    await user.click(within(progress).getByRole('button', { name: 'Show as table' }))
    const rows = within(within(progress).getByRole('table')).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(marks)
    const open = rows.filter((row) => within(row).getByRole('rowheader').textContent === 'Roadmaps open')
    expect(open.slice(0, 2).map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^Roadmaps open~29 Nov 201911 of 31.*Semashko/),
      expect.stringMatching(/^Roadmaps open7 Dec 20198 of 31.*Semashko/),
    ])
    // Conflicting claims stay separate rows, each marked disputed.
    const disputed = rows.filter(
      (row) => /20 of 31|23 of 31/.test(row.textContent ?? '') && /7 Dec 2019/.test(row.textContent ?? ''),
    )
    expect(disputed).toHaveLength(2)
    for (const row of disputed) expect(row).toHaveTextContent('disputed')
  })

  it('shows each deadline with its outcome as of the date, in the Gantt and its table alike', async () => {
    const { user } = renderApp({ url: '/?view=charts&asOf=2019-12-07', dataset })
    const gantt = await screen.findByRole('region', { name: 'Deadlines and what became of them' }, LAZY)
    const row = within(gantt).getByText('Compromise on the 11 open items by 7 December 2019').closest('li')
    expect(row).toHaveTextContent('Partly met')
    expect(row).toHaveTextContent('due 7 Dec 2019')
    await user.click(within(gantt).getByRole('button', { name: 'Show as table' }))
    const tableRow = within(gantt)
      .getByRole('rowheader', { name: /Compromise on the 11 open items/ })
      .closest('tr')
    expect(tableRow).toHaveTextContent('Partly met')
    await user.selectOptions(within(gantt).getByRole('combobox', { name: 'to' }), '2019')
    expect(within(gantt).getByRole('combobox', { name: 'from' })).toHaveValue('2019')
  })

  it('shows what changed between the compare date and the as-of date', async () => {
    renderApp({ url: '/?view=charts&asOf=2019-12-07&compare=2019-11-29', dataset })
    const changes = await screen.findByRole('region', { name: 'What changed between 29 Nov 2019 and 7 Dec 2019' }, LAZY)
    expect(within(changes).getByRole('rowheader', { name: /^RM04/ }).closest('tr')).toHaveTextContent(/Open.*Agreed/)
    expect(
      within(changes)
        .getByRole('rowheader', { name: /Compromise on the 11 open items/ })
        .closest('tr'),
    ).toHaveTextContent('Partly met')
    expect(within(changes).getByRole('rowheader', { name: 'Roadmaps open' }).closest('tr')).toHaveTextContent(
      /11 of 31.*8 of 31/,
    )
  })
})
