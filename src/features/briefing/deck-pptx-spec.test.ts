import { toGanttRows } from '../../domain/chart-series'
import type { StoryStep } from '../../domain/story'
import type { Source } from '../../domain/types'
import type { Citation } from '../../export/citation'
import { day, makeCount, makeTarget } from '../../testing/factories'
import { text } from '../../testing/text'
import { buildDeck, type Deck, type Slide } from './deck'
import { deckPptxSpec, type DeckPptxInput } from './deck-pptx-spec'

const source = (id: string, url: string | null = null): Source => ({
  id,
  publisher: text(`Publisher ${id}`, `Издатель ${id}`),
  title: text(`Title ${id}`, `Заголовок ${id}`),
  originalTitle: null,
  date: day('2019-12-01'),
  url,
  seedFile: null,
  language: 'en',
  note: null,
})

const signing = makeTarget({
  id: 'T05',
  title: text('Signing of the package', 'Подписание пакета'),
  setOn: day('2019-09-06'),
  due: day('2019-12-08'),
  sources: ['S09'],
})
const story: readonly StoryStep[] = [
  {
    key: 'initialled',
    kind: 'count',
    date: '2019-09-06',
    claims: [makeCount({ id: 'C1', value: 31, sources: ['S24'] })],
  },
]

const built = buildDeck({
  asOf: '2019-12-31',
  story,
  statusSourceIds: ['S24', 'S30'],
  reported: [],
  gantt: toGanttRows([signing], '2019-12-31', { topics: [], outcomes: [] }),
  compare: null,
  changes: null,
  disputed: [],
  sourcesById: new Map([
    ['S09', source('S09', 'https://example.org/s09')],
    ['S24', source('S24')],
    ['S30', source('S30')],
  ]),
})

/** The status slide with the takeaway and notes a story gives it. */
const withNotes = (slide: Slide): Slide =>
  slide.kind === 'status'
    ? {
        ...slide,
        takeaway: text('Eleven roadmaps stay open', 'Одиннадцать карт не согласованы'),
        notes: text('Pause here.', 'Здесь пауза.'),
      }
    : slide
const deck: Deck = { ...built, slides: built.slides.map(withNotes) }

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

const input = (lang: 'en' | 'ru'): DeckPptxInput => ({
  deck,
  titles: deck.slides.map((slide) => `Title of ${slide.id}`),
  lang,
  citation,
  statusLines: [{ status: 'open', count: 11, ids: 'RM01, RM02' }],
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
    expect(spec.slides.map((slide) => slide.title)).toEqual(deck.slides.map((slide) => `Title of ${slide.id}`))
    expect(deck.slides.map((slide) => slide.id)).toEqual(['title', 'story-1', 'status', 'deadlines-1', 'sources-1'])
  })

  it('pictures the charts (status, deadlines) and keeps every slide’s rows as text', () => {
    expect(spec.slides.map((slide) => slide.hasFigure)).toEqual([false, false, true, true, false])
    expect(slideOf(spec, 'title').bullets).toContain('This deck online: https://tracker.example/?view=briefing')
    expect(slideOf(spec, 'story-1').bullets[0]).toBe(
      '31 of 31 — roadmaps initialled by the two prime ministers (29 Nov 2019 · Test)',
    )
    expect(slideOf(spec, 'status').bullets).toContain('Open (disputed): 11 — RM01, RM02')
    expect(slideOf(spec, 'deadlines-1').bullets[0]).toMatch(/^Signing of the package: /)
  })

  it('numbers each slide’s sources as the deck does, and lists them all on the sources slide with addresses', () => {
    expect(slideOf(spec, 'status').footnotes).toEqual([
      '[1] Publisher S24. “Title S24” (1 Dec 2019).',
      '[2] Publisher S30. “Title S30” (1 Dec 2019).',
    ])
    expect(slideOf(spec, 'deadlines-1').footnotes).toEqual(['[3] Publisher S09. “Title S09” (1 Dec 2019).'])
    expect(slideOf(spec, 'sources-1').bullets).toEqual([
      '[1] Publisher S24. “Title S24” (1 Dec 2019).',
      '[2] Publisher S30. “Title S30” (1 Dec 2019).',
      '[3] Publisher S09. “Title S09” (1 Dec 2019). https://example.org/s09',
    ])
  })

  it('carries the takeaway and the speaker notes, then the slide’s sources in full, on every slide', () => {
    const status = slideOf(spec, 'status')
    expect(status.takeaway).toBe('Eleven roadmaps stay open')
    expect(status.notes.split('\n')).toEqual([
      'Pause here.',
      '',
      'Sources of this slide:',
      '[1] Publisher S24. “Title S24” (1 Dec 2019).',
      '[2] Publisher S30. “Title S30” (1 Dec 2019).',
    ])
    expect(slideOf(spec, 'title').takeaway).toBeNull()
    expect(slideOf(spec, 'title').notes).toBe('This slide cites no source.')
  })

  it('speaks Russian to a Russian reader', () => {
    const russian = deckPptxSpec(input('ru'))
    expect(russian.lang).toBe('ru')
    expect(russian.title).toBe('Трекер дорожных карт Союзного государства')
    expect(slideOf(russian, 'status').bullets).toContain('Не согласовано: 11 — RM01, RM02')
    expect(slideOf(russian, 'status').takeaway).toBe('Одиннадцать карт не согласованы')
    expect(slideOf(russian, 'status').notes).toMatch(/^Здесь пауза\.\n\nИсточники этого слайда:\n\[1\] Издатель S24/)
    expect(slideOf(russian, 'deadlines-1').bullets[0]).toMatch(/^Подписание пакета: /)
  })
})
