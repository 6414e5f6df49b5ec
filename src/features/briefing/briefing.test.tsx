import { fireEvent, screen, within, waitFor } from '@testing-library/react'
import { renderApp } from '../../testing/render-app'
import { useMyStory } from './my-story-store'

// The deck loads with its view; on a busy machine that can take a few seconds.
const LAZY = { timeout: 15_000 }

const slideCounter = () => screen.getByText(/^Slide \d+ of \d+$/)
const currentSlide = () => {
  const slide = screen.getAllByRole('region', { hidden: true }).find((region) => region.dataset.current === 'true')
  if (!slide) throw new Error('no current slide')
  return slide
}

beforeEach(() => {
  window.localStorage.clear()
  useMyStory.getState().setStory(null)
})

describe('briefing mode', { timeout: 30_000 }, () => {
  it('plays the data’s story: its title first, then each step with its takeaway', async () => {
    const { user } = renderApp({ url: '/?view=briefing' })
    expect(await screen.findByRole('region', { name: 'Briefing slides' }, LAZY)).toBeInTheDocument()
    expect(slideCounter()).toHaveTextContent('Slide 1 of 4')
    expect(within(currentSlide()).getByRole('heading', { level: 3 })).toHaveTextContent(
      'From initialling to the missed signing',
    )
    await user.keyboard('{PageDown}')
    expect(within(currentSlide()).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Where the items stand, 6 Sept 2019',
    )
    expect(within(currentSlide()).getByText('The roadmaps are initialled.')).toBeInTheDocument()
    await waitFor(() => expect(window.location.search).toContain('slide=2'))
    await user.keyboard('{ArrowRight}')
    expect(within(currentSlide()).getByText('Eight maps stay open.')).toBeInTheDocument()
    await user.keyboard('{End}')
    expect(within(currentSlide()).getByRole('heading', { level: 3 })).toHaveTextContent(/^Sources/)
    await user.keyboard('{Home}')
    expect(slideCounter()).toHaveTextContent('Slide 1 of 4')
  })

  it('moves with the Previous and Next buttons and announces the slide title', async () => {
    const { user } = renderApp({ url: '/?view=briefing' })
    await user.click(await screen.findByRole('button', { name: /Next slide/ }, LAZY))
    expect(screen.getByText(/^Slide 2 of 4: Where the items stand/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /Previous slide/ }))
    expect(slideCounter()).toHaveTextContent(/^Slide 1 of/)
  })

  it('leaves keys typed into the date fields alone', async () => {
    renderApp({ url: '/?view=briefing' })
    // user-event cannot type into a range input in jsdom; the key event is what the deck listens to.
    await screen.findByRole('region', { name: 'Briefing slides' }, LAZY)
    const slider = screen.getByRole('slider')
    fireEvent.keyDown(slider, { key: 'PageDown' })
    fireEvent.keyDown(slider, { key: 'ArrowRight' })
    expect(slideCounter()).toHaveTextContent(/^Slide 1 of/)
  })

  it('opens a number past the end on the last slide', async () => {
    renderApp({ url: '/?view=briefing&slide=99' })
    expect(await screen.findByText('Slide 4 of 4', {}, LAZY)).toBeInTheDocument()
    expect(screen.getByRole('note')).toHaveTextContent(
      'The link asks for slide 99; this deck has 4, so it opens on the last.',
    )
  })

  it('shows what changed between the step’s two dates for the step’s topic', async () => {
    renderApp({ url: '/?view=briefing&slide=3' })
    await screen.findByRole('region', { name: 'Briefing slides' }, LAZY)
    expect(within(currentSlide()).getByRole('heading', { level: 3 })).toHaveTextContent(
      'What changed from 6 Sept 2019 to 22 Dec 2019',
    )
    expect(within(currentSlide()).getByText('RM01')).toBeInTheDocument()
  })

  it('speaks Russian with the story’s Russian text', async () => {
    renderApp({ url: '/?view=briefing&lang=ru&slide=2' })
    expect(await screen.findByRole('region', { name: 'Слайды брифинга' }, LAZY)).toBeInTheDocument()
    expect(screen.getByText('Слайд 2 из 4')).toBeInTheDocument()
    expect(within(currentSlide()).getByText('Дорожные карты парафированы.')).toBeInTheDocument()
  })
})

describe('story builder', { timeout: 30_000 }, () => {
  it('adds the current view as a step, writes its takeaway, reorders, hides and plays the story', async () => {
    const { user } = renderApp({ url: '/?view=briefing&asOf=2019-12-10&topic=gas' })
    const builder = await screen.findByRole('region', { name: 'Your story' }, LAZY)
    await user.click(within(builder).getByRole('button', { name: 'Start a story with the current view' }))
    await user.selectOptions(within(builder).getByRole('combobox', { name: 'Show the view as' }), 'deadlines')
    await user.click(within(builder).getByRole('button', { name: 'Add current view as a step' }))
    const steps = within(builder).getAllByRole('listitem')
    expect(steps.map((step) => within(step).getByRole('heading').textContent)).toEqual([
      'Step 1: Status of the items, 10 Dec 2019',
      'Step 2: Deadlines, 10 Dec 2019',
    ])
    await user.type(within(builder).getAllByRole('textbox', { name: 'Takeaway (one line)' })[0] ?? builder, 'Gas lags.')
    await user.click(within(builder).getByRole('button', { name: 'Move step 2 up' }))
    expect(within(builder).getByRole('button', { name: 'Move step 1 down' })).toHaveFocus()
    expect(
      within(builder)
        .getAllByRole('heading', { level: 4 })
        .map((heading) => heading.textContent),
    ).toEqual(['Step 1: Deadlines, 10 Dec 2019', 'Step 2: Status of the items, 10 Dec 2019'])
    await user.click(within(builder).getByRole('button', { name: 'Hide step 1 when playing' }))
    await user.click(within(builder).getByRole('button', { name: 'Play your story' }))
    await waitFor(() => expect(window.location.search).toContain('story=mine'))
    expect(slideCounter()).toHaveTextContent('Slide 1 of 3')
    await user.keyboard('{PageDown}')
    expect(within(currentSlide()).getByText('Gas lags.')).toBeInTheDocument()
  })

  it('copies the default story into an editable story of the reader’s own, and deletes a step', async () => {
    const { user } = renderApp({ url: '/?view=briefing' })
    const builder = await screen.findByRole('region', { name: 'Your story' }, LAZY)
    await user.click(within(builder).getByRole('button', { name: 'Edit a copy of this story' }))
    expect(within(builder).getByRole('textbox', { name: 'Story title' })).toHaveValue(
      'From initialling to the missed signing',
    )
    await user.click(within(builder).getByRole('button', { name: 'Delete step 1' }))
    expect(within(builder).getAllByRole('heading', { level: 4 })).toHaveLength(1)
    expect(within(builder).getByText(/Written in English/)).toBeInTheDocument()
    expect(within(builder).getByRole('button', { name: 'Copy the link to your story' })).toBeInTheDocument()
  })
})
