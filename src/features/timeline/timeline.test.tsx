import { screen, within, waitFor } from '@testing-library/react'
import { readBundledFiles } from '../../data/load-dataset'
import { parseDataset } from '../../data/parse-dataset'
import type { Dataset } from '../../domain/types'
import { withJsdomLayout } from '../../testing/jsdom-layout'
import { renderApp } from '../../testing/render-app'

withJsdomLayout()

let dataset: Dataset

beforeAll(async () => {
  const result = parseDataset(await readBundledFiles(), { requireFullProgramme: true })
  if (!result.ok) throw new Error('bundled data invalid')
  dataset = result.dataset
})

const yearHeadings = () =>
  screen.getAllByRole('heading', { level: 3, name: /^\d{4} / }).map((heading) => heading.textContent?.slice(0, 4) ?? '')

const SLOW = { timeout: 15_000 }

describe('timeline view', { timeout: 60_000 }, () => {
  it('lists every event by year with its date, actors and sources, milestones marked', async () => {
    renderApp({ url: '/?view=timeline', dataset })
    expect(await screen.findByRole('heading', { level: 2, name: 'Timeline' }, SLOW)).toBeInTheDocument()
    expect(screen.getByText(`${dataset.events.length} events shown`)).toHaveAttribute('role', 'status')
    expect(yearHeadings()).toEqual(expect.arrayContaining(['1999', '2019', '2026']))
    const signing = screen.getByRole('heading', { name: /20th anniversary passes without the planned signing/ })
    const card = signing.closest('li')
    expect(card).toHaveTextContent('8 Dec 2019')
    expect(card).toHaveTextContent('★ Milestone')
    expect(within(card as HTMLElement).getAllByRole('link').length).toBeGreaterThan(0)
  })

  it('opens the roadmaps and programmes an event was a step of in the item panel', async () => {
    const { user } = renderApp({ url: '/?view=timeline', dataset })
    const heading = await screen.findByRole('heading', { name: /Five-hour Sochi talks/ }, SLOW)
    const card = heading.closest('li') as HTMLElement
    await user.click(within(card).getByText('Roadmaps and programmes in this event (2)'))
    await user.click(within(card).getByRole('button', { name: 'UP04' }))
    const dialog = await screen.findByRole('dialog', { name: /Harmonisation of tax and customs laws/ }, SLOW)
    expect(within(dialog).getByRole('heading', { name: 'Roadmaps that went into it' })).toBeInTheDocument()
    expect(new URLSearchParams(window.location.search).get('item')).toBe('UP04')
    expect(new URLSearchParams(window.location.search).get('view')).toBe('timeline')
  })

  it('filters by actor through the shared board filter and says how many remain', async () => {
    const { user } = renderApp({ url: '/?view=timeline', dataset })
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Actor' }, SLOW), 'semashko')
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('actor')).toBe('semashko'))
    const shown = dataset.events.filter((event) => event.actors.includes('semashko')).length
    expect(screen.getByText(`${shown} events shown`)).toBeInTheDocument()
    for (const card of screen.getAllByRole('listitem').filter((item) => item.classList.contains('timeline__event'))) {
      expect(card).toHaveTextContent('Vladimir Semashko')
    }
  })

  it('zooms to one year from the year strip and back to all years', async () => {
    const { user } = renderApp({ url: '/?view=timeline', dataset })
    const strip = await screen.findByRole('list', { name: /Events per year/ }, SLOW)
    await user.click(within(strip).getByRole('button', { name: /^2020/ }))
    expect(yearHeadings()).toEqual(['2020'])
    expect(within(strip).getByRole('button', { name: /^2020/ })).toHaveAttribute('aria-pressed', 'true')
    await user.click(screen.getByRole('button', { name: 'All years' }))
    expect(yearHeadings().length).toBeGreaterThan(5)
  })

  it('lists only the events known by the as-of date, counting the later ones until asked to show them', async () => {
    const { user } = renderApp({ url: '/?view=timeline&asOf=2019-12-07', dataset })
    const known = dataset.events.filter((event) => event.date.start <= '2019-12-07').length
    const later = dataset.events.length - known
    expect(await screen.findByText(`${known} events shown`, {}, SLOW)).toBeInTheDocument()
    expect(yearHeadings().every((year) => Number(year) <= 2019)).toBe(true)
    const signing = /20th anniversary passes without the planned signing/
    expect(screen.queryByRole('heading', { name: signing })).not.toBeInTheDocument()

    const region = screen.getByRole('region', { name: 'After 7 Dec 2019' })
    expect(region).toHaveTextContent(`${later} later events, after 7 Dec 2019: not yet known on that date.`)
    await user.click(within(region).getByRole('button', { name: 'Show them' }))
    const card = within(region).getByRole('heading', { name: signing }).closest('li')
    expect(card).toHaveTextContent('after the chosen date')
    expect(within(region).getByRole('button', { name: 'Hide them' })).toHaveAttribute('aria-expanded', 'true')
  })

  it('counts per year in the strip only what had happened by the date', async () => {
    renderApp({ url: '/?view=timeline&asOf=2019-12-07', dataset })
    const strip = await screen.findByRole('list', { name: /Events per year/ }, SLOW)
    const years = within(strip)
      .getAllByRole('button')
      .map((button) => Number(button.textContent?.slice(0, 4)))
    expect(Math.max(...years)).toBe(2019)
  })
})
