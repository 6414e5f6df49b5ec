import { ownText, type Story, type StoryStep, type StepView } from '../../domain/story-mode'
import type { Citation } from '../../export/citation'
import { fixtureDataset } from '../../testing/fixture-data'
import { text } from '../../testing/text'
import { buildDeck } from './deck'
import { deckPptxSpec, type DeckPptxInput } from './deck-pptx-spec'

const FILTERS: StepView['filters'] = { set: 'roadmaps', topics: [], statuses: [], actors: [], outcomes: [], q: '' }

const step = (visual: StepView['visual'], asOf: string, sources: readonly string[]): StoryStep => ({
  view: { visual, asOf, compare: null, filters: FILTERS, items: [] },
  takeaway: text(`The ${visual} step`, `Шаг ${visual}`),
  notes: text(`Say the ${visual} part.`, `Скажите о ${visual}.`),
  sources,
  hidden: false,
})

const story: Story = {
  id: 'test',
  title: text('A test story', 'Тестовая история'),
  writtenIn: null,
  steps: [
    step('status', '2019-12-10', ['S09']),
    step('deadlines', '2019-12-10', ['S24']),
    step('disputed', '2019-09-06', ['S09']),
    step('progress', '2019-12-31', ['S26']),
  ],
}

const dataset = fixtureDataset()
const deck = buildDeck(dataset, story)

const citation: Citation = {
  datasetVersion: '2026.1',
  dataAsOf: '2026-01-15',
  asOf: '2019-12-31',
  compare: null,
  filters: 'Roadmaps (2019), no filters',
  url: 'https://tracker.example/?view=briefing',
  exportedOn: '2026-02-01',
  licensed: true,
}

const input = (lang: 'en' | 'ru', played = deck): DeckPptxInput => ({
  deck: played,
  titles: played.slides.map((slide) => `Title of ${slide.id}`),
  lang,
  citation,
  deckUrl: 'https://tracker.example/?view=briefing&slide=1',
})

const slideOf = (spec: ReturnType<typeof deckPptxSpec>, id: string) => {
  const index = deck.slides.findIndex((slide) => slide.id === id)
  const slide = spec.slides[index]
  if (!slide) throw new Error(`no slide ${id}`)
  return slide
}

describe('the deck as a PowerPoint spec', () => {
  const spec = deckPptxSpec(input('en'))

  it('has one slide per deck slide, in order, with the deck’s titles', () => {
    expect(deck.slides.map((slide) => slide.id)).toEqual(['title', 'step-1', 'step-2', 'step-3', 'step-4', 'sources'])
    expect(spec.slides.map((slide) => slide.title)).toEqual(deck.slides.map((slide) => `Title of ${slide.id}`))
    expect(spec.subject).toBe('Briefing: Title of title')
  })

  it('pictures the charts (status, deadlines, progress) and keeps every slide’s rows as text', () => {
    expect(spec.slides.map((slide) => slide.hasFigure)).toEqual([false, true, true, false, true, false])
    expect(slideOf(spec, 'title').bullets).toContain('Steps: 4')
    expect(slideOf(spec, 'title').bullets).toContain('This deck online: https://tracker.example/?view=briefing&slide=1')
    const status = deck.slides[1]
    const groups = status?.kind === 'status' ? status.groups : []
    expect(groups.length).toBeGreaterThan(0)
    for (const group of groups) expect(slideOf(spec, 'step-1').bullets.join('\n')).toContain(group.ids)
    expect(slideOf(spec, 'step-2').bullets.length).toBeGreaterThan(0)
    expect(slideOf(spec, 'step-3').bullets).toEqual([
      'No item shown had either side’s position on record by this date.',
    ])
    expect(slideOf(spec, 'step-4').bullets.length).toBeGreaterThan(0)
  })

  it('gives each slide’s sources as the deck’s numbers only, and lists them all on the sources slide with addresses', () => {
    expect(spec.slides.map((slide) => slide.footnote)).toEqual([
      null,
      'Sources: 1, 2',
      'Sources: 1–3',
      'Sources: 1',
      'Sources: 1–4',
      null,
    ])
    expect(slideOf(spec, 'step-1').notes).toMatch(/\[1\] Test Publisher\. “The integration plan/)
    expect(slideOf(spec, 'sources').bullets).toHaveLength(deck.sources.length)
    expect(slideOf(spec, 'sources').bullets[0]).toMatch(/https:\/\/example\.org\/S09$/)
  })

  it('carries the step’s takeaway and speaker notes, then the slide’s sources in full', () => {
    const status = slideOf(spec, 'step-1')
    expect(status.takeaway).toBe('The status step')
    expect(status.notes.split('\n').slice(0, 3)).toEqual(['Say the status part.', '', 'Sources of this slide:'])
    expect(slideOf(spec, 'title').takeaway).toBeNull()
    expect(slideOf(spec, 'title').notes).toBe('This slide cites no source.')
  })

  it('speaks Russian to a Russian reader', () => {
    const russian = deckPptxSpec(input('ru'))
    expect(russian.lang).toBe('ru')
    expect(russian.title).toBe('Трекер дорожных карт Союзного государства')
    expect(slideOf(russian, 'step-1').takeaway).toBe('Шаг status')
    expect(slideOf(russian, 'step-1').notes).toMatch(/^Скажите о status\.\n\nИсточники этого слайда:\n\[1\] /)
    expect(slideOf(russian, 'title').bullets).toContain('Шагов: 4')
  })

  it('keeps a user’s story in the words they wrote, whatever the reader’s language, and says which', () => {
    const own: Story = {
      ...story,
      title: ownText('Моя история'),
      writtenIn: 'ru',
      steps: [{ ...step('status', '2019-12-10', ['S09']), notes: ownText('Сказать о статусах.') }],
    }
    const english = deckPptxSpec(input('en', buildDeck(dataset, own)))
    expect(english.slides[1]?.notes).toMatch(/^Сказать о статусах\./)
    expect(english.slides[0]?.bullets).toContain('Written by its author in Russian')
  })
})
