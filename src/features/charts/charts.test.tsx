// The charts view on the small fixture: each chart's table shows the chart's own numbers, and a click on a status
// or a topic × status cell opens the board filtered to it. The real data's figures are checked in
// src/data/bundled-data.test.ts.
import { screen, within, waitFor } from '@testing-library/react'
import type { DataFileName } from '../../data/raw-schema'
import { STATUS_META } from '../../domain/status'
import { STATUSES } from '../../domain/vocabulary'
import { fixtureDataset, fixtureTexts } from '../../testing/fixture-data'
import { renderApp } from '../../testing/render-app'

/** Two reports of the same day that disagree on how many roadmaps were agreed. */
function addDisputedAgreedCounts(json: Record<DataFileName, unknown>) {
  const claim = (id: string, value: number) => ({
    id,
    date: '2019-12-07',
    precision: 'day',
    cycle: '2019-roadmaps',
    subject: 'roadmaps',
    metric: 'agreed',
    value,
    of: 31,
    qualifier: 'exact',
    claimant: { label: { en: `Report ${id}`, ru: `Сообщение ${id}` } },
    summary: { en: `${value} agreed.`, ru: `${value} согласованы.` },
    sources: ['S24'],
    confidence: 'reported',
  })
  json['counts.json'] = [...(json['counts.json'] as unknown[]), claim('C04', 20), claim('C05', 23)]
}

// On 20 Dec 2019 the fixture's three roadmaps are one drafting (RM03), one open (RM01, gas) and one agreed (RM02,
// customs); on 7 Dec, two drafting and one agreed.
const dataset = fixtureDataset(fixtureTexts(addDisputedAgreedCounts))

const params = () => new URLSearchParams(window.location.search)

const STATUS_LABELS = STATUSES.map((status) => STATUS_META[status].label.en)

/** Status label → count as the chart's legend shows it (each entry: label, count, "show them on the board"). */
function legendCounts(region: HTMLElement): Record<string, number> {
  return Object.fromEntries(
    STATUS_LABELS.flatMap((label) => {
      const entry = within(region).queryByRole('button', {
        name: (name) => name.startsWith(`${label} `) && name.endsWith(', show them on the board'),
      })
      return entry ? [[label, Number(within(entry).getByText(/^\d+$/).textContent)]] : []
    }),
  )
}

/** Status label → count as the "show as table" view shows it. */
function tableCounts(region: HTMLElement): Record<string, number> {
  const rows = within(within(region).getByRole('table')).getAllByRole('row').slice(1)
  return Object.fromEntries(
    rows.map((row) => [
      STATUS_LABELS.find((label) => within(row).queryByRole('rowheader', { name: label })) ?? 'no status',
      Number(within(row).getAllByRole('cell')[0]?.textContent),
    ]),
  )
}

// recharts loads lazily; on a busy machine the first chart can take a few seconds to appear.
const LAZY = { timeout: 15_000 }

describe('charts view', { timeout: 60_000 }, () => {
  it('draws the status breakdown as of the date, and its table has the same numbers', async () => {
    const { user } = renderApp({ url: '/?view=charts&asOf=2019-12-20', dataset })
    const status = await screen.findByRole('region', { name: 'Status breakdown' }, LAZY)
    expect(within(status).getByText('As of 20 Dec 2019')).toBeInTheDocument()
    expect(within(status).getByText('3 roadmaps listed: 1 drafting, 1 open (disputed), 1 agreed.')).toBeInTheDocument()
    const chart = within(status).getByRole('figure', { name: 'Status breakdown' })
    await within(chart).findAllByRole('button', { name: /show them on the board/ }, LAZY)
    const fromChart = legendCounts(chart)
    expect(fromChart).toEqual({ Drafting: 1, 'Open (disputed)': 1, Agreed: 1 })

    await user.click(within(status).getByRole('button', { name: 'Show as table' }))
    expect(within(status).getByRole('button', { name: 'Show as table' })).toHaveAttribute('aria-pressed', 'true')
    expect(tableCounts(status)).toEqual(fromChart)
  })

  it('follows the as-of date when a key date is chosen', async () => {
    const { user } = renderApp({ url: '/?view=charts&asOf=2019-12-07', dataset })
    const status = await screen.findByRole('region', { name: 'Status breakdown' }, LAZY)
    await within(status).findAllByRole('button', { name: /show them on the board/ }, LAZY)
    expect(legendCounts(status)).toEqual({ Drafting: 2, Agreed: 1 })
    await user.click(screen.getByRole('button', { name: /10 Sept 2021/ }))
    expect(within(status).getByText('As of 10 Sept 2021')).toBeInTheDocument()
    await waitFor(() => expect(legendCounts(status)).toEqual({ Drafting: 1, 'Open (disputed)': 1, Agreed: 1 }))
    await waitFor(() => expect(params().get('asOf')).toBe('2021-09-10'))
  })

  it('opens the board filtered to a status when its segment is clicked', async () => {
    const { user } = renderApp({ url: '/?view=charts&asOf=2019-12-20', dataset })
    const status = await screen.findByRole('region', { name: 'Status breakdown' }, LAZY)
    await user.click(
      await within(status).findByRole('button', { name: /Open \(disputed\).*show them on the board/ }, LAZY),
    )
    await waitFor(() => expect(params().get('view')).toBe('board'))
    await waitFor(() => expect(params().get('status')).toBe('open'))
    await waitFor(() => expect(params().get('asOf')).toBe('2019-12-20'))
    expect(screen.getByRole('link', { name: 'Board' })).toHaveAttribute('aria-current', 'page')
  })

  it('opens the board filtered to a topic and status from the heatmap', async () => {
    const { user } = renderApp({ url: '/?view=charts&asOf=2019-12-20', dataset })
    const matrix = await screen.findByRole('region', { name: 'Topics by status' }, LAZY)
    await user.click(within(matrix).getByRole('button', { name: '1: Gas, Open (disputed), show them on the board' }))
    await waitFor(() => expect(params().get('view')).toBe('board'))
    await waitFor(() => expect(params().get('topic')).toBe('gas'))
    await waitFor(() => expect(params().get('status')).toBe('open'))
  })

  it('keeps the heatmap and its table in step with the board filters', async () => {
    const { user } = renderApp({ url: '/?view=charts&asOf=2019-12-20&topic=gas', dataset })
    const matrix = await screen.findByRole('region', { name: 'Topics by status' }, LAZY)
    const rowNames = () =>
      within(matrix)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent)
    // Customs has an agreed roadmap, but the board shows gas only.
    expect(rowNames()).toEqual(['Gas'])
    expect(screen.getByText(/Filtered as on the board:/)).toHaveTextContent('Topic: Gas')
    await user.click(within(matrix).getByRole('button', { name: 'Show as table' }))
    expect(rowNames()).toEqual(['Gas'])
    expect(within(matrix).queryByRole('button', { name: /show them on the board/ })).not.toBeInTheDocument()
  })

  it('lists every plotted figure in the progress table, disputed ones each in a row of its own', async () => {
    const { user } = renderApp({ url: '/?view=charts', dataset })
    const progress = await screen.findByRole('region', { name: 'Reported progress: roadmaps and programmes' }, LAZY)
    await within(progress).findAllByRole('heading', { name: 'Reported implementation of the measures' }, LAZY)
    await user.click(within(progress).getByRole('button', { name: 'Show as table' }))
    const rows = within(within(progress).getByRole('table')).getAllByRole('row').slice(1)
    // The fixture's four roadmap figures; its total of 31 is not a progress series.
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^Roadmaps agreed7 Dec 201920 of 31Report C04disputed/),
      expect.stringMatching(/^Roadmaps agreed7 Dec 201923 of 31Report C05disputed/),
      expect.stringMatching(/^Roadmaps open~29 Nov 201911 of 31Semashko/),
      expect.stringMatching(/^Roadmaps open7 Dec 20198 of 31Semashko/),
    ])
    for (const row of rows.slice(2)) expect(row).not.toHaveTextContent('disputed')
  })

  it('shows each deadline with its outcome as of the date, in the Gantt and its table alike', async () => {
    const { user } = renderApp({ url: '/?view=charts&asOf=2019-12-07', dataset })
    const gantt = await screen.findByRole('region', { name: 'Deadlines and what became of them' }, LAZY)
    const [row] = within(gantt)
      .getAllByRole('listitem')
      .filter((item) => within(item).queryByText('Compromise on the open items'))
    expect(row).toHaveTextContent('Partly met')
    expect(row).toHaveTextContent('due 7 Dec 2019')
    await user.click(within(gantt).getByRole('button', { name: 'Show as table' }))
    const tableRow = within(gantt)
      .getAllByRole('row')
      .find((tr) => within(tr).queryByRole('rowheader', { name: /Compromise on the open items/ }))
    expect(tableRow).toHaveTextContent('Partly met')
    await user.selectOptions(within(gantt).getByRole('combobox', { name: 'to' }), '2019')
    expect(within(gantt).getByRole('combobox', { name: 'from' })).toHaveValue('2019')
  })

  it('shows what changed between the compare date and the as-of date', async () => {
    renderApp({ url: '/?view=charts&asOf=2019-12-07&compare=2019-11-29', dataset })
    const changes = await screen.findByRole('region', { name: 'What changed between 29 Nov 2019 and 7 Dec 2019' }, LAZY)
    const rowOf = (name: RegExp | string) =>
      within(changes)
        .getAllByRole('row')
        .find((tr) => within(tr).queryByRole('rowheader', { name }))
    expect(rowOf(/^RM02/)).toHaveTextContent(/Drafting.*Agreed/)
    expect(rowOf(/Compromise on the open items/)).toHaveTextContent('Partly met')
    expect(rowOf('Roadmaps open')).toHaveTextContent(/11 of 31.*8 of 31/)
  })
})
