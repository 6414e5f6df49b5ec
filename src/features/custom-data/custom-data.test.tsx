import { fireEvent, screen, within } from '@testing-library/react'
import { serializeCustomFile } from '../../data/custom-dataset'
import { useDataSource } from '../../state/custom-data-store'
import { fixtureTexts } from '../../testing/fixture-data'
import { renderApp } from '../../testing/render-app'

type Json = Record<string, unknown>

const jsonFile = (name: string, edit?: (json: Record<string, unknown>) => void) =>
  new File([serializeCustomFile(fixtureTexts(edit))], name, { type: 'application/json' })

const firstSource = (json: Record<string, unknown>) => (json['sources.json'] as Json[])[0] ?? {}

beforeAll(() => {
  // jsdom has <dialog> without its methods; the browser's own behaviour (focus trap, Esc) is covered end to end.
  const dialog = HTMLDialogElement.prototype
  if (!dialog.showModal) {
    dialog.showModal = function (this: HTMLDialogElement) {
      this.setAttribute('open', '')
    }
  }
  if (!dialog.close) {
    dialog.close = function (this: HTMLDialogElement) {
      this.removeAttribute('open')
      this.dispatchEvent(new Event('close'))
    }
  }
})

afterEach(() => {
  useDataSource.getState().showBundled()
  window.localStorage.clear()
})

async function openDialog(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Your own data' }))
  return screen.findByRole('dialog', { name: 'Your own dataset' })
}

describe('your own dataset', () => {
  it('lists every problem of an invalid file by file, record and field, and changes nothing', async () => {
    const { user } = renderApp()
    const dialog = await openDialog(user)
    const broken = jsonFile('broken.json', (json) => {
      const [event] = json['events.json'] as Json[]
      if (event) Object.assign(event, { date: '2019-13-45', sources: ['S404'] })
    })
    await user.upload(within(dialog).getByLabelText('Choose a JSON file'), broken)

    const alert = await within(dialog).findByRole('alert')
    expect(within(alert).getByRole('heading', { name: 'broken.json was not loaded' })).toBeInTheDocument()
    const [, firstRow] = within(alert).getAllByRole('row')
    expect(firstRow?.textContent).toBe('broken.json › events.jsonE001datenot a real calendar date')
    expect(screen.queryByText('Custom data:')).not.toBeInTheDocument()
    expect(screen.getByText(/Data as of/)).toHaveTextContent('Data as of 9 Sept 2021')

    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Your own data' })).toHaveFocus()
  })

  it('refuses a file over 20 MB without reading it', async () => {
    const { user } = renderApp()
    const dialog = await openDialog(user)
    const huge = new File(['x'.repeat(21 * 1024 * 1024)], 'huge.json', { type: 'application/json' })
    await user.upload(within(dialog).getByLabelText('Choose a JSON file'), huge)
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('larger than 20 MB, so it was not read')
  })

  it('shows a valid file in every view as custom data, and one click brings the bundled data back', async () => {
    const { user } = renderApp()
    const dialog = await openDialog(user)
    const mine = jsonFile('mine.json', (json) => {
      firstSource(json).title = { en: 'My own source title', ru: 'Мой источник' }
      const events = json['events.json'] as Json[]
      events.push({ ...events[0], id: 'E003', date: '2022-03-01', title: { en: 'My own event', ru: 'Моё событие' } })
    })
    await user.upload(within(dialog).getByLabelText('Choose a JSON file'), mine)

    expect(await within(dialog).findByText(/^Loaded mine\.json/)).toHaveTextContent(
      'Loaded mine.json (roadmaps: 3, programmes: 1, sources: 4, events: 3).',
    )
    // jsdom has no IndexedDB, like a browser that refuses storage: the user is told it will not last.
    expect(within(dialog).getByRole('status')).toHaveTextContent('lasts only until the page is closed')
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))

    const header = screen.getByRole('banner')
    expect(within(header).getByText('Custom data:').parentElement).toHaveTextContent(
      'Custom data: mine.json (until this page is closed)',
    )
    expect(screen.getByText(/Data as of/)).toHaveTextContent('Data as of 1 Mar 2022')
    await user.click(screen.getByRole('link', { name: 'Sources & methodology' }))
    // Each view loads on first use.
    expect(await screen.findByRole('cell', { name: 'My own source title' })).toBeInTheDocument()

    await user.click(within(header).getByRole('button', { name: 'Revert to bundled data' }))
    expect(await screen.findByText('Showing the bundled data again.')).toHaveFocus()
    expect(screen.queryByText('Custom data:')).not.toBeInTheDocument()
    expect(screen.getByText(/Data as of/)).toHaveTextContent('Data as of 9 Sept 2021')
    expect(screen.getByRole('cell', { name: 'The integration plan with Russia initialled' })).toBeInTheDocument()
  })

  it('loads a file with a field the tracker does not know, and names that field', async () => {
    const { user } = renderApp()
    const dialog = await openDialog(user)
    const typo = jsonFile('typo.json', (json) => {
      firstSource(json).titleRU = 'Опечатка'
    })
    await user.upload(within(dialog).getByLabelText('Choose a JSON file'), typo)

    const warnings = await within(dialog).findByRole('region', {
      name: /Fields this tracker does not know were ignored/,
    })
    expect(within(warnings).getByRole('listitem')).toHaveTextContent(
      'typo.json › sources.json › S09 › titleRU: unknown field, ignored',
    )
    expect(within(dialog).getByRole('status')).toHaveTextContent(/^Loaded typo\.json/)
  })

  it('shows markup in a loaded file as text, never as HTML', async () => {
    const { user, container } = renderApp({ url: '/?view=methodology' })
    const dialog = await openDialog(user)
    const hostile = jsonFile('hostile.json', (json) => {
      Object.assign(firstSource(json), {
        publisher: { en: '<img src=x onerror=alert(1)>', ru: '<img src=x onerror=alert(1)>' },
        title: { en: '<script>alert(2)</script>', ru: '<script>alert(2)</script>' },
      })
    })
    await user.upload(within(dialog).getByLabelText('Choose a JSON file'), hostile)
    await within(dialog).findByText(/^Loaded hostile\.json/)

    expect(await screen.findByRole('cell', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument()
    expect(screen.getByRole('cell', { name: '<script>alert(2)</script>' })).toBeInTheDocument()
    expect(container.querySelector('img, script')).toBeNull()
  })

  it('reads a file dropped anywhere on the page', async () => {
    renderApp()
    await screen.findByRole('button', { name: 'Your own data' })
    const file = jsonFile('dropped.json')
    fireEvent.drop(document.body, { dataTransfer: { files: [file], types: ['Files'] } })

    const dialog = await screen.findByRole('dialog', { name: 'Your own dataset' })
    expect(await within(dialog).findByText(/^Loaded dropped\.json/)).toBeInTheDocument()
    expect(within(screen.getByRole('banner')).getByText('Custom data:')).toBeInTheDocument()
  })
})
