import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DATA_VERSION } from '../../data/dataset-query'
import * as download from '../../export/download'
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

describe('reusing the data', () => {
  it('states the licence, offers the whole dataset as one zip and links the update feed', async () => {
    const saved = vi.spyOn(download, 'downloadBlob').mockImplementation(() => undefined)
    renderApp({ url: '/?view=methodology' })
    expect(await screen.findByRole('heading', { name: 'Reuse the data' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'The CC BY 4.0 licence' })).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by/4.0/',
    )
    expect(screen.getByRole('link', { name: 'dataset versions (Atom feed)' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https?:\/\/.+\/feed\.xml$/),
    )
    await userEvent.click(
      screen.getByRole('button', { name: 'Download all data as a zip: JSON, CSV tables, data package and citation' }),
    )
    const fileName = `roadmap-tracker_data_${DATA_VERSION}.zip`
    // Loading the zip code and packing the whole real dataset takes longer than a render.
    expect(await screen.findByText(`Downloaded: ${fileName}`, {}, { timeout: 10_000 })).toBeInTheDocument()
    expect(saved).toHaveBeenCalledWith(expect.any(Blob), fileName)
    saved.mockRestore()
  })

  it('offers the download in Russian in the Russian interface', async () => {
    renderApp({ url: '/?view=methodology&lang=ru' })
    expect(
      await screen.findByRole('button', {
        name: 'Скачать все данные zip-архивом: JSON, таблицы CSV, пакет данных и цитирование',
      }),
    ).toHaveTextContent('Скачать все данные')
  })
})
