// The timeline view on the small fixture, with events added over four years. The real data's events are checked in
// src/data/bundled-data.test.ts.
import { screen, within, waitFor } from '@testing-library/react'
import type { DataFileName } from '../../data/raw-schema'
import { fixtureDataset, fixtureTexts } from '../../testing/fixture-data'
import { withJsdomLayout } from '../../testing/jsdom-layout'
import { renderApp } from '../../testing/render-app'

withJsdomLayout()

const event = (id: string, date: string, title: string, extra: object = {}) => ({
  id,
  date,
  precision: 'day',
  title: { en: title, ru: `${title} (ru)` },
  summary: { en: `${title}.`, ru: `${title} (ru).` },
  actors: [],
  topics: [],
  milestone: false,
  sources: ['S09'],
  ...extra,
})

/** The fixture's two events of 2019, with one before them and three after, in date order. */
function addEvents(json: Record<DataFileName, unknown>) {
  const [initialled, signingMissed] = json['events.json'] as object[]
  json['events.json'] = [
    event('E000', '1999-12-08', 'Union State treaty signed', { milestone: true, kind: 'signing' }),
    initialled,
    // RM01's position and RM02's agreement of this day cite S24: the event was a step of both.
    event('E003', '2019-12-07', 'Sochi talks', {
      actors: ['semashko'],
      topics: ['gas'],
      kind: 'talks',
      sources: ['S24'],
    }),
    signingMissed,
    // UP01's report of this day cites S26.
    event('E004', '2021-09-09', 'Programmes agreed', { kind: 'statement', sources: ['S26'] }),
    event('E005', '2026-02-27', 'Next directions called for', { kind: 'statement' }),
  ]
}

const dataset = fixtureDataset(fixtureTexts(addEvents))

const yearHeadings = () =>
  screen.getAllByRole('heading', { level: 3, name: /^\d{4} / }).map((heading) => heading.textContent?.slice(0, 4) ?? '')
const eventTitles = () => screen.getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)
/** The card of an event: the list item that holds its heading. */
const cardOf = (title: string, scope: HTMLElement = document.body) => {
  const card = within(scope)
    .getAllByRole('listitem')
    .find((item) => within(item).queryByRole('heading', { level: 4, name: title }))
  if (!card) throw new Error(`no card for ${title}`)
  return card
}
const params = () => new URLSearchParams(window.location.search)

const SLOW = { timeout: 15_000 }

describe('timeline view', { timeout: 60_000 }, () => {
  it('lists every event by year with its date, actors and sources, milestones marked', async () => {
    renderApp({ url: '/?view=timeline', dataset })
    expect(await screen.findByRole('heading', { level: 2, name: 'Timeline' }, SLOW)).toBeInTheDocument()
    expect(screen.getByText('6 events shown')).toHaveAttribute('role', 'status')
    expect(yearHeadings()).toEqual(['1999', '2019', '2021', '2026'])
    const signing = cardOf('Signing missed')
    expect(signing).toHaveTextContent('8 Dec 2019')
    expect(signing).toHaveTextContent('★ Milestone')
    expect(signing).toHaveTextContent('Vladimir Semashko')
    expect(within(signing).getAllByRole('link').length).toBeGreaterThan(0)
    expect(cardOf('Sochi talks')).not.toHaveTextContent('Milestone')
  })

  it('opens the roadmaps and programmes an event was a step of in the item panel', async () => {
    const { user } = renderApp({ url: '/?view=timeline', dataset })
    await screen.findByRole('heading', { name: 'Sochi talks' }, SLOW)
    const sochi = cardOf('Sochi talks')
    await user.click(within(sochi).getByText('Roadmaps and programmes in this event (2)'))
    expect(within(sochi).getByRole('button', { name: 'RM01' })).toBeInTheDocument()
    const agreed = cardOf('Programmes agreed')
    await user.click(within(agreed).getByText('Roadmaps and programmes in this event (1)'))
    await user.click(within(agreed).getByRole('button', { name: 'UP01' }))
    const dialog = await screen.findByRole('dialog', { name: /Common gas market/ }, SLOW)
    expect(within(dialog).getByRole('heading', { name: 'Roadmaps that went into it' })).toBeInTheDocument()
    expect(params().get('item')).toBe('UP01')
    expect(params().get('view')).toBe('timeline')
  })

  it('filters by actor through the shared board filter and says how many remain', async () => {
    const { user } = renderApp({ url: '/?view=timeline', dataset })
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Actor' }, SLOW), 'semashko')
    await waitFor(() => expect(params().get('actor')).toBe('semashko'))
    expect(screen.getByText('2 events shown')).toBeInTheDocument()
    expect(eventTitles()).toEqual(['Sochi talks', 'Signing missed'])
    for (const title of eventTitles()) expect(cardOf(title ?? '')).toHaveTextContent('Vladimir Semashko')
  })

  it('filters by kind, each kind counted under the other filters, and keeps the kind in the link', async () => {
    const { user } = renderApp({ url: '/?view=timeline', dataset })
    const kind = await screen.findByRole('combobox', { name: 'Kind' }, SLOW)
    const options = () =>
      within(kind)
        .getAllByRole('option')
        .map((option) => option.textContent)
    expect(options()).toEqual(['All kinds', 'Statement (2)', 'Signing (1)', 'Talks (1)'])
    await user.selectOptions(kind, 'statement')
    await waitFor(() => expect(params().get('kind')).toBe('statement'))
    expect(screen.getByText('2 events shown')).toBeInTheDocument()
    expect(eventTitles()).toEqual(['Programmes agreed', 'Next directions called for'])
    for (const title of eventTitles()) expect(cardOf(title ?? '')).toHaveTextContent('Statement')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), '')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Actor' }), 'semashko')
    expect(options()).toEqual(['All kinds', 'Talks (1)'])
  })

  it('zooms to one year from the year strip and back to all years', async () => {
    const { user } = renderApp({ url: '/?view=timeline', dataset })
    const strip = await screen.findByRole('list', { name: /Events per year/ }, SLOW)
    await user.click(within(strip).getByRole('button', { name: /^2021/ }))
    expect(yearHeadings()).toEqual(['2021'])
    expect(within(strip).getByRole('button', { name: /^2021/ })).toHaveAttribute('aria-pressed', 'true')
    await user.click(screen.getByRole('button', { name: 'All years' }))
    expect(yearHeadings()).toEqual(['1999', '2019', '2021', '2026'])
  })

  it('lists only the events known by the as-of date, counting the later ones until asked to show them', async () => {
    const { user } = renderApp({ url: '/?view=timeline&asOf=2019-12-07', dataset })
    expect(await screen.findByText('3 events shown', {}, SLOW)).toBeInTheDocument()
    expect(yearHeadings()).toEqual(['1999', '2019'])
    expect(screen.queryByRole('heading', { name: 'Signing missed' })).not.toBeInTheDocument()

    const region = screen.getByRole('region', { name: 'After 7 Dec 2019' })
    expect(region).toHaveTextContent('3 later events, after 7 Dec 2019: not yet known on that date.')
    await user.click(within(region).getByRole('button', { name: 'Show them' }))
    expect(cardOf('Signing missed', region)).toHaveTextContent('after the chosen date')
    expect(within(region).getByRole('button', { name: 'Hide them' })).toHaveAttribute('aria-expanded', 'true')
  })

  it('counts per year in the strip only what had happened by the date', async () => {
    renderApp({ url: '/?view=timeline&asOf=2019-12-07', dataset })
    const strip = await screen.findByRole('list', { name: /Events per year/ }, SLOW)
    const years = within(strip)
      .getAllByRole('button')
      .map((button) => button.textContent?.slice(0, 4))
    expect(years).toEqual(['1999', '2019'])
  })
})
