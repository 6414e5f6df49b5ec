import { screen, within } from '@testing-library/react'
import { DATA_VERSION } from '../../data/dataset-query'
import { renderApp } from '../../testing/render-app'

describe('methodology', () => {
  it('says how to cite the tracker, with the dataset version and a link to the view', async () => {
    renderApp({ url: '/?view=methodology&asOf=2019-12-10' })
    expect(await screen.findByRole('heading', { name: 'How to cite this dashboard' })).toBeInTheDocument()
    const example = screen.getByRole('figure', { name: 'How to cite this dashboard' })
    expect(example).toHaveTextContent(`dataset version ${DATA_VERSION}`)
    expect(example).toHaveTextContent('Statuses as of 10 Dec 2019')
    expect(example).toHaveTextContent(`${window.location.origin}/?asOf=2019-12-10&v=1`)
  })

  it('lists the dataset versions with their “as of” stamp', async () => {
    renderApp({ url: '/?view=methodology' })
    const versions = await screen.findByRole('list', { name: 'Dataset versions' })
    const [latest] = within(versions).getAllByRole('listitem')
    expect(latest).toHaveTextContent(`Version ${DATA_VERSION} · as of 27 Feb 2026`)
    expect(latest).toHaveTextContent('31 roadmaps, 28 programmes')
  })

  it('is written in Russian in the Russian interface', async () => {
    renderApp({ url: '/?view=methodology&lang=ru' })
    expect(await screen.findByRole('heading', { level: 2, name: 'Источники и методика' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Что неизвестно' })).toBeInTheDocument()
    expect(screen.getByText('Вошло в союзные программы 2021 года.')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Источники (4)' })).toBeInTheDocument()
  })
})
