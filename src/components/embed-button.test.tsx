import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { EmbedButton } from './embed-button'

const labels = {
  button: 'Embed',
  buttonName: 'Embed this chart on another site',
  title: 'Embed this chart',
  intro: 'Paste this code into a web page.',
  code: 'Code to paste',
  copy: 'Copy the code',
  copied: 'Code copied',
  copyFailed: 'The browser did not allow copying: select the code above and copy it.',
  close: 'Close',
  open: 'Open the embedded page',
  fromFile: 'This page was opened from a file.',
}

const url = 'https://tracker.example/?view=charts&embed=status&v=1'
const snippet = `<iframe src="${url}"></iframe>`

describe('EmbedButton', () => {
  // jsdom has <dialog> without its methods; the browser's own behaviour (focus trap, Esc) is covered end to end.
  beforeAll(() => {
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

  it('shows the code to paste and a link to the embedded page', async () => {
    const user = userEvent.setup()
    render(<EmbedButton code={() => ({ url, snippet, fromFile: false })} labels={labels} />)
    await user.click(screen.getByRole('button', { name: 'Embed this chart on another site' }))
    expect(await screen.findByRole('textbox', { name: 'Code to paste' })).toHaveValue(snippet)
    expect(screen.getByRole('link', { name: 'Open the embedded page' })).toHaveAttribute('href', url)
    expect(screen.queryByText(labels.fromFile)).not.toBeInTheDocument()
  })

  it('copies the code, and says so when the browser refuses', async () => {
    const user = userEvent.setup()
    const writeText = vi.spyOn(navigator.clipboard, 'writeText')
    render(<EmbedButton code={() => ({ url, snippet, fromFile: false })} labels={labels} />)
    await user.click(screen.getByRole('button', { name: 'Embed this chart on another site' }))
    await user.click(await screen.findByRole('button', { name: 'Copy the code' }))
    expect(writeText).toHaveBeenCalledWith(snippet)
    expect(await screen.findByText('Code copied')).toBeInTheDocument()
    writeText.mockRejectedValueOnce(new Error('denied'))
    await user.click(screen.getByRole('button', { name: 'Copy the code' }))
    expect(await screen.findByText(labels.copyFailed)).toBeInTheDocument()
  })

  it('gives the code for the view as it is when opened, not as it was when the button was drawn', async () => {
    const user = userEvent.setup()
    let shown = url
    render(
      <EmbedButton
        code={() => ({ url: shown, snippet: `<iframe src="${shown}"></iframe>`, fromFile: false })}
        labels={labels}
      />,
    )
    const button = screen.getByRole('button', { name: 'Embed this chart on another site' })
    await user.click(button)
    expect(await screen.findByRole('link', { name: 'Open the embedded page' })).toHaveAttribute('href', url)
    await user.click(screen.getByRole('button', { name: 'Close' }))
    shown = 'https://tracker.example/?view=charts&embed=status&asof=2020-01-01&v=1'
    await user.click(button)
    expect(screen.getByRole('link', { name: 'Open the embedded page' })).toHaveAttribute('href', shown)
  })

  it('warns that a page opened from a file cannot give working code', async () => {
    const user = userEvent.setup()
    render(
      <EmbedButton
        code={() => ({ url: 'file:///tracker/index.html?embed=view', snippet, fromFile: true })}
        labels={labels}
      />,
    )
    await user.click(screen.getByRole('button', { name: 'Embed this chart on another site' }))
    expect(await screen.findByText(labels.fromFile)).toBeInTheDocument()
  })
})
