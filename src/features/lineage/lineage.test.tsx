import { screen, within } from '@testing-library/react'
import { withJsdomLayout } from '../../testing/jsdom-layout'
import { renderApp } from '../../testing/render-app'

withJsdomLayout()

const SLOW = { timeout: 15_000 }

const rowOf = (table: HTMLElement, id: string) => {
  const row = within(table).getByRole('button', { name: id }).closest('tr')
  if (!row) throw new Error(`no row for ${id}`)
  return row
}

describe('lineage view', { timeout: 60_000 }, () => {
  it('follows each roadmap to what took it over, an inferred link labelled as such and unknown ones as unknown', async () => {
    renderApp({ url: '/?view=lineage' })
    const roadmaps = await screen.findByRole('table', { name: '2019 roadmaps and what took them over' }, SLOW)
    expect(within(roadmaps).getAllByRole('row')).toHaveLength(1 + 3)

    const gas = rowOf(roadmaps, 'RM01')
    expect(within(gas).getByRole('button', { name: 'UP01' })).toBeInTheDocument()
    expect(gas).toHaveTextContent('reported area: Common gas market')
    expect(within(gas).getByText('inferred')).toBeInTheDocument()
    expect(within(gas).getByRole('link', { name: /^S26:/ })).toBeInTheDocument()

    expect(rowOf(roadmaps, 'RM02')).toHaveTextContent('Not documented')

    const programmes = screen.getByRole('table', { name: '2021 union programmes and the roadmaps before them' })
    expect(within(rowOf(programmes, 'UP01')).getByRole('button', { name: 'RM01' })).toBeInTheDocument()

    const areas = screen.getByRole('heading', { name: 'Subject areas officials named for the programmes' })
    expect(areas.parentElement).toHaveTextContent('Named by: Putin')
  })

  it('shows no programme before any was listed', async () => {
    renderApp({ url: '/?view=lineage&asOf=2020-06-01' })
    const roadmaps = await screen.findByRole('table', { name: '2019 roadmaps and what took them over' }, SLOW)
    expect(rowOf(roadmaps, 'RM01')).toHaveTextContent('Not documented')
    expect(screen.queryByRole('table', { name: /union programmes/ })).not.toBeInTheDocument()
    expect(screen.getByText(/No union programme had been listed by 1 Jun 2020/)).toBeInTheDocument()
  })

  it('opens a roadmap’s panel over the view, naming the programme that took it over as inferred', async () => {
    const { user } = renderApp({ url: '/?view=lineage' })
    const roadmaps = await screen.findByRole('table', { name: '2019 roadmaps and what took them over' }, SLOW)
    await user.click(within(roadmaps).getByRole('button', { name: 'RM01' }))
    const dialog = await screen.findByRole('dialog', { name: 'Gas market' }, SLOW)
    const takenOver = within(dialog).getByRole('heading', { name: 'Taken over by' }).nextElementSibling as HTMLElement
    expect(within(takenOver).getByRole('button', { name: 'UP01' })).toBeInTheDocument()
    expect(takenOver).toHaveTextContent('inferred')
    expect(within(takenOver).getByRole('link', { name: /^S26:/ })).toBeInTheDocument()
    expect(dialog).toHaveTextContent(/What became of it: UP01: .*Agreed/)
    expect(new URLSearchParams(window.location.search).get('item')).toBe('RM01')
  })

  it('says “not documented” in a roadmap’s panel when no link names what took it over', async () => {
    const { user } = renderApp({ url: '/?view=lineage' })
    const roadmaps = await screen.findByRole('table', { name: '2019 roadmaps and what took them over' }, SLOW)
    await user.click(within(roadmaps).getByRole('button', { name: 'RM02' }))
    const dialog = await screen.findByRole('dialog', { name: 'Customs cooperation' }, SLOW)
    const takenOver = within(dialog).getByRole('heading', { name: 'Taken over by' }).nextElementSibling
    expect(takenOver).toHaveTextContent('Not documented')
  })
})
