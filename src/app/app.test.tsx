import { englishOnlyTexts, fixtureDataset } from '../testing/fixture-data'
import { screen, within, waitFor } from '@testing-library/react'
import { renderApp } from '../testing/render-app'

describe('app shell and overview', () => {
  it('shows the title, the data date and the story in numbers with sources', async () => {
    renderApp()
    expect(await screen.findByRole('heading', { level: 1, name: 'Union State Roadmap Tracker' })).toBeInTheDocument()
    expect(screen.getByText(/Data as of/)).toHaveTextContent('Data as of 9 Sept 2021')
    // Each view's code, the overview's too, loads on first use.
    const story = await screen.findByRole('list', { name: 'What happened, in numbers' })
    expect(within(story).getByText('31')).toBeInTheDocument()
    expect(within(story).getByText('11 of 31')).toBeInTheDocument()
    expect(within(story).getByText('8 of 31')).toBeInTheDocument()
    expect(screen.getAllByRole('link', { name: /^SD0: Test Publisher/ }).length).toBeGreaterThan(0)
  })

  it('reports ignored link settings in a notice and keeps the rest', async () => {
    renderApp({ url: '/?view=nonsense&lang=ru' })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Трекер дорожных карт Союзного государства' }),
    ).toBeInTheDocument()
    // The notice's code loads when a link needs it.
    expect(
      await screen.findByText(
        'Пропущено view=nonsense: ожидалось одно из значений: overview, board, charts, timeline, lineage, briefing, methodology',
      ),
    ).toBeVisible()
  })

  it('says in Russian that a dataset written in English only shows its texts in English', async () => {
    renderApp({ url: '/?view=timeline&lang=ru', dataset: fixtureDataset(englishOnlyTexts()) })
    expect(await screen.findByText('Тексты этого набора данных есть только на английском языке.')).toBeVisible()
    const event = await screen.findByText('Programme initialled')
    expect(event.closest('[lang]')).toHaveAttribute('lang', 'en')
  })

  it('opens the methodology from the header link and lists every source', async () => {
    const { user } = renderApp()
    await user.click(await screen.findByRole('link', { name: 'Sources & methodology' }))
    expect(await screen.findByRole('heading', { name: 'Sources and methodology' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Sources (4)' })).toBeInTheDocument()
    await waitFor(() => expect(window.location.search).toBe('?view=methodology&v=1'))
  })
})
