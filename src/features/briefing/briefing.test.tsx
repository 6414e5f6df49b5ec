import { fireEvent, screen, within, waitFor } from '@testing-library/react'
import { renderApp } from '../../testing/render-app'

// The deck loads with its view; on a busy machine that can take a few seconds.
const LAZY = { timeout: 15_000 }

const slideCounter = () => screen.getByText(/^Slide \d+ of \d+$/)
const currentSlide = () => {
  const slide = screen.getAllByRole('region', { hidden: true }).find((region) => region.dataset.current === 'true')
  if (!slide) throw new Error('no current slide')
  return slide
}

describe('briefing mode', { timeout: 30_000 }, () => {
  it('opens a deck for the filters and date of the link, on the title slide', async () => {
    renderApp({ url: '/?view=briefing&topic=gas&asOf=2019-12-10' })
    expect(await screen.findByRole('region', { name: 'Briefing slides' }, LAZY)).toBeInTheDocument()
    expect(slideCounter()).toHaveTextContent(/^Slide 1 of \d+$/)
    const title = currentSlide()
    expect(within(title).getByText('Roadmaps (2019); topic: Gas')).toBeInTheDocument()
    expect(within(title).getByText('10 Dec 2019')).toBeInTheDocument()
  })

  it('dates the title slide by the latest data when no date is chosen, not by today', async () => {
    renderApp({ url: '/?view=briefing' })
    await screen.findByRole('region', { name: 'Briefing slides' }, LAZY)
    const asOf = within(currentSlide()).getByText('Statuses as of').nextElementSibling
    expect(asOf).toHaveTextContent('9 Sept 2021')
  })

  it('steps through the slides with the keyboard and names the slide in the URL', async () => {
    const { user } = renderApp({ url: '/?view=briefing&asOf=2019-12-10' })
    await screen.findByRole('region', { name: 'Briefing slides' }, LAZY)
    const total = Number(/of (\d+)/.exec(slideCounter().textContent)?.[1])
    expect(total).toBeGreaterThan(4)
    await user.keyboard('{PageDown}')
    expect(slideCounter()).toHaveTextContent(`Slide 2 of ${total}`)
    await waitFor(() => expect(window.location.search).toContain('slide=2'))
    await user.keyboard('{ArrowRight}{ }')
    expect(slideCounter()).toHaveTextContent(`Slide 4 of ${total}`)
    await user.keyboard('{PageUp}')
    expect(slideCounter()).toHaveTextContent(`Slide 3 of ${total}`)
    await user.keyboard('{End}')
    expect(slideCounter()).toHaveTextContent(`Slide ${total} of ${total}`)
    expect(within(currentSlide()).getByRole('heading', { level: 3 })).toHaveTextContent(/^Sources/)
    await user.keyboard('{Home}')
    expect(slideCounter()).toHaveTextContent(`Slide 1 of ${total}`)
  })

  it('moves with the Previous and Next buttons and announces the slide title', async () => {
    const { user } = renderApp({ url: '/?view=briefing&asOf=2019-12-10' })
    await user.click(await screen.findByRole('button', { name: /Next slide/ }, LAZY))
    expect(slideCounter()).toHaveTextContent(/^Slide 2 of/)
    expect(screen.getByText(/^Slide 2 of \d+: The story in numbers/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /Previous slide/ }))
    expect(slideCounter()).toHaveTextContent(/^Slide 1 of/)
  })

  it('leaves keys typed into the date fields alone', async () => {
    renderApp({ url: '/?view=briefing&asOf=2019-12-10' })
    // user-event cannot type into a range input in jsdom; the key event is what the deck listens to.
    await screen.findByRole('region', { name: 'Briefing slides' }, LAZY)
    const slider = screen.getByRole('slider')
    fireEvent.keyDown(slider, { key: 'PageDown' })
    fireEvent.keyDown(slider, { key: 'ArrowRight' })
    expect(slideCounter()).toHaveTextContent(/^Slide 1 of/)
  })

  it('opens a link on the slide it names', async () => {
    renderApp({ url: '/?view=briefing&asOf=2019-12-10&slide=3' })
    expect(await screen.findByText(/^Slide 3 of \d+$/, {}, LAZY)).toBeInTheDocument()
  })

  it('opens a number past the end on the last slide', async () => {
    renderApp({ url: '/?view=briefing&asOf=2019-12-10&slide=99' })
    const counter = await screen.findByText(/^Slide \d+ of \d+$/, {}, LAZY)
    const [, current, total] = /Slide (\d+) of (\d+)/.exec(counter.textContent) ?? []
    expect(current).toBe(total)
    expect(screen.getByRole('note')).toHaveTextContent(
      `The link asks for slide 99; this deck has ${total}, so it opens on the last.`,
    )
  })

  it('shows both sides of a disputed item with their sources, and says when a side has none', async () => {
    renderApp({ url: '/?view=briefing&asOf=2019-12-10&slide=99' })
    await screen.findByRole('region', { name: 'Briefing slides' }, LAZY)
    const disputed = screen.getByRole('region', { name: /Disputed: RM01 Gas market/, hidden: true })
    expect(within(disputed).getByRole('heading', { name: 'Belarus', hidden: true })).toBeInTheDocument()
    expect(within(disputed).getByText(/Energy prices first/)).toBeInTheDocument()
    expect(within(disputed).getByText('No position on record by this date.')).toBeInTheDocument()
  })

  it('adds a what-changed slide when a compare date is chosen', async () => {
    renderApp({ url: '/?view=briefing&asOf=2019-12-10&compare=2019-11-01' })
    await screen.findByRole('region', { name: 'Briefing slides' }, LAZY)
    const changes = screen.getByRole('region', { name: /What changed since 1 Nov 2019/, hidden: true })
    expect(within(changes).getByText('RM02')).toBeInTheDocument()
  })

  it('speaks Russian with Russian labels', async () => {
    renderApp({ url: '/?view=briefing&asOf=2019-12-10&lang=ru' })
    expect(await screen.findByRole('region', { name: 'Слайды брифинга' }, LAZY)).toBeInTheDocument()
    expect(screen.getByText(/^Слайд 1 из \d+$/)).toBeInTheDocument()
    expect(within(currentSlide()).getByText('Дорожные карты (2019); без фильтров')).toBeInTheDocument()
  })
})
