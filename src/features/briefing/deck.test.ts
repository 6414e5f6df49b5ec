import { changesBetween } from '../../domain/changes'
import { text } from '../../testing/text'
import { toGanttRows } from '../../domain/chart-series'
import type { ItemFacts } from '../../domain/filters'
import { ownText, type Story, type StoryStep } from '../../domain/story-mode'
import type { Position, Source } from '../../domain/types'
import { fixtureDataset } from '../../testing/fixture-data'
import { day, makeChange, makeCount, makeItem, makeOutcome, makeTarget } from '../../testing/factories'
import {
  buildDeck,
  changesForItems,
  clampSlide,
  disputedItems,
  footnotesOf,
  ganttParts,
  ganttRowsOf,
  ganttSourceIds,
  groupMoves,
  numberRuns,
  numberSources,
  rowsWithSteps,
  setReportedVsKnown,
  sourceNumbers,
  splitEvenly,
  SOURCES_PER_SLIDE,
} from './deck'

const position = (side: 'RU' | 'BY', date: string, sources: string[]): Position => ({
  side,
  date: day(date),
  claimant: { personId: null, label: text(`${side} official`) },
  summary: text(`${side} says so`),
  sources,
})

const facts = (item: ReturnType<typeof makeItem>): ItemFacts => ({
  item,
  asOf: '2019-12-01',
  status: 'open',
  actors: [],
  outcomes: [],
})

const source = (id: string): Source => ({
  id,
  publisher: text('Publisher'),
  title: text(`Title ${id}`),
  originalTitle: null,
  date: day('2019-12-01'),
  url: null,
  seedFile: null,
  language: 'en',
  note: null,
})

describe('disputedItems', () => {
  const oil = makeItem({
    id: 'RM02',
    positions: [position('RU', '2019-11-01', ['S20']), position('BY', '2019-12-07', ['S24'])],
  })
  const quiet = makeItem({ id: 'RM05' })

  it('lists items with positions on record by the date, each side apart', () => {
    const [only, ...rest] = disputedItems([facts(oil), facts(quiet)], '2019-12-31')
    expect(rest).toEqual([])
    expect(only?.item.id).toBe('RM02')
    expect(only?.sides.RU.map((p) => p.summary.en)).toEqual(['RU says so'])
    expect(only?.sides.BY.map((p) => p.summary.en)).toEqual(['BY says so'])
  })

  it('leaves out positions taken after the date', () => {
    const [only] = disputedItems([facts(oil)], '2019-11-15')
    expect(only?.sides.BY).toEqual([])
    expect(disputedItems([facts(oil)], '2019-10-01')).toEqual([])
  })
})

describe('changes for the shown items', () => {
  const agreed = makeItem({
    id: 'RM02',
    history: [makeChange('2019-09-06', 'drafting'), makeChange('2019-12-07', 'agreed', { sources: ['S24'] })],
  })
  const open = makeItem({
    id: 'RM03',
    history: [makeChange('2019-09-06', 'drafting'), makeChange('2019-12-07', 'open')],
  })
  const other = makeItem({
    id: 'RM04',
    history: [makeChange('2019-09-06', 'drafting'), makeChange('2019-12-07', 'agreed')],
  })
  const all = changesBetween([agreed, open, other], [], [], '2019-10-01', '2019-12-31')

  it('keeps only moves of items on the board', () => {
    const narrowed = changesForItems(all, [facts(agreed), facts(open)])
    expect(narrowed.statusMoves.map((move) => move.item.id)).toEqual(['RM02', 'RM03'])
    expect(changesForItems(all, []).emptyReason).toBe('nothing-changed')
  })

  it('groups moves by where they went', () => {
    expect(groupMoves(all.statusMoves).map((group) => [group.from, group.to, group.items.map((i) => i.id)])).toEqual([
      ['drafting', 'agreed', ['RM02', 'RM04']],
      ['drafting', 'open', ['RM03']],
    ])
  })
})

describe('buildDeck', () => {
  const dataset = fixtureDataset()
  const step = (overrides: Partial<StoryStep['view']>, sources: readonly string[] = ['S09']): StoryStep => ({
    view: {
      visual: 'status',
      asOf: '2019-12-10',
      compare: null,
      filters: { set: 'roadmaps', topics: [], statuses: [], actors: [], outcomes: [], q: '' },
      items: [],
      ...overrides,
    },
    takeaway: ownText(`Takeaway at ${overrides.asOf ?? '2019-12-10'}`),
    notes: ownText('What to say.'),
    sources,
    hidden: false,
  })
  const story = (steps: readonly StoryStep[]): Story => ({ id: 's', title: ownText('A story'), writtenIn: 'en', steps })

  it('plays the title, one slide per shown step in order, then one numbered sources slide', () => {
    const deck = buildDeck(
      dataset,
      story([
        step({ asOf: '2019-09-06' }),
        { ...step({ visual: 'deadlines' }), hidden: true },
        step({ visual: 'deadlines', asOf: '2019-12-08' }),
        step({ visual: 'progress' }),
      ]),
    )
    expect(deck.slides.map((slide) => slide.kind)).toEqual(['title', 'status', 'deadlines', 'progress', 'sources'])
    expect(deck.slides.filter((slide) => slide.kind === 'sources')).toHaveLength(1)
  })

  it('continues a sources list longer than a slide on slides of its own, numbered on', () => {
    const many = Array.from({ length: 60 }, (_, index) => `X${index}`)
    const cited = { ...dataset, sourcesById: new Map(many.map((id) => [id, source(id)])) }
    const deck = buildDeck(cited, story([step({}, many)]))
    const parts = deck.slides.filter((slide) => slide.kind === 'sources')
    expect(deck.sources.length).toBeGreaterThanOrEqual(60)
    expect(parts.length).toBe(Math.ceil(deck.sources.length / SOURCES_PER_SLIDE))
    expect(parts.map((slide) => slide.id)).toEqual(['sources', 'sources-2', 'sources-3'])
    expect(parts.flatMap((slide) => (slide.kind === 'sources' ? slide.entries : []))).toEqual(deck.sources)
  })

  it('carries each step’s takeaway and notes to its slide, and none on the title and sources slides', () => {
    const deck = buildDeck(dataset, story([step({ asOf: '2019-09-06' })]))
    expect(deck.slides.map((slide) => slide.takeaway?.en ?? null)).toEqual([null, 'Takeaway at 2019-09-06', null])
    expect(deck.slides.map((slide) => slide.notes?.en ?? null)).toEqual([null, 'What to say.', null])
  })

  it('draws each slide at its own date and filters', () => {
    const deck = buildDeck(
      dataset,
      story([
        step({ asOf: '2019-09-06' }),
        step({ asOf: '2019-12-10', filters: { ...step({}).view.filters, topics: ['gas'] } }),
      ]),
    )
    const totals = deck.slides.flatMap((slide) => (slide.kind === 'status' ? [slide.series.total] : []))
    expect(totals).toEqual([3, 1])
  })

  it('cites on a slide no source published after its date, and counts those it leaves out', () => {
    const deck = buildDeck(dataset, story([step({ asOf: '2019-09-06' }, ['S09', 'S24'])]))
    const [, slide, sources] = deck.slides
    expect(slide?.sourceIds).toContain('S09')
    expect(slide?.sourceIds).not.toContain('S24')
    expect(sources?.kind === 'sources' && sources.later).toBeGreaterThan(0)
  })

  it('drops items the data does not hold and a comparison that is not with an earlier date', () => {
    const deck = buildDeck(
      dataset,
      story([step({ visual: 'changes', compare: '2020-01-01', items: ['RM01', 'RM77'] })]),
    )
    const [, slide] = deck.slides
    expect(slide?.kind === 'changes' && slide.view.items).toEqual(['RM01'])
    expect(slide?.kind === 'changes' && slide.changes.emptyReason).not.toBeNull()
  })

  it('shows the disputed item a step points at, and says when there is none', () => {
    const deck = buildDeck(
      dataset,
      story([step({ visual: 'disputed', items: ['RM01'] }), step({ visual: 'disputed', asOf: '2019-09-06' })]),
    )
    const disputed = deck.slides.flatMap((slide) =>
      slide.kind === 'disputed' ? [slide.disputed?.item.id ?? null] : [],
    )
    expect(disputed).toEqual(['RM01', null])
  })

  it('puts reported totals beside the item count on the status slide', () => {
    const items = [
      makeItem({ id: 'RM01', history: [makeChange('2019-09-06', 'open')] }),
      makeItem({ id: 'RM02', history: [makeChange('2019-09-06', 'unattributed')] }),
      makeItem({ id: 'RM03', history: [makeChange('2019-09-06', 'unattributed')] }),
    ]
    const total = makeCount({
      id: 'C11',
      date: day('2019-11-29'),
      subject: 'roadmaps',
      metric: 'open',
      value: 2,
      of: 3,
      sources: ['S26'],
    })
    expect(setReportedVsKnown(items, [total], 'roadmaps', '2019-11-29')).toMatchObject([
      { metric: 'open', known: 1, unattributed: 2, claims: [{ id: 'C11' }] },
    ])
    expect(setReportedVsKnown(items, [total], 'roadmaps', '2019-11-28')).toEqual([])
  })

  it('numbers sources in order of first citation and keeps unknown ids', () => {
    const numbered = numberSources(
      [{ sourceIds: ['S24', 'S99'] }, { sourceIds: ['S99', 'S09'] }],
      new Map(['S09', 'S24'].map((id) => [id, source(id)])),
    )
    expect(numbered.map(({ number, source }) => [number, typeof source === 'string' ? source : source.id])).toEqual([
      [1, 'S24'],
      [2, 'S99'],
      [3, 'S09'],
    ])
  })
})

describe('rowsWithSteps', () => {
  it('keeps the deadlines overdue or with reported steps, with the sources of every step', () => {
    const overdue = makeTarget({ id: 'LATE', due: day('2019-12-08'), sources: ['S1'] })
    const moved = makeTarget({
      id: 'MOVED',
      due: day('2019-12-01'),
      sources: ['S2'],
      outcomes: [
        makeOutcome('2019-12-02', 'missed', { sources: ['S3'] }),
        makeOutcome('2019-12-05', 'moved', { movedTo: day('2020-06-01'), sources: ['S4'] }),
      ],
    })
    const quiet = makeTarget({ id: 'QUIET', due: day('2020-12-01'), sources: ['S5'] })
    const gantt = toGanttRows([overdue, moved, quiet], '2019-12-18', { topics: [], outcomes: [] })
    expect(rowsWithSteps(gantt).map((row) => [row.target.id, row.state.daysOverdue, row.state.chain.length])).toEqual([
      ['MOVED', null, 2],
      ['LATE', 10, 0],
    ])
    expect(ganttSourceIds(gantt)).toEqual(expect.arrayContaining(['S3', 'S4']))
  })
})

describe('footnotes', () => {
  it('gives a slide its sources with deck numbers, in number order', () => {
    const numbered = numberSources([{ sourceIds: ['S24', 'S09', 'S99'] }], new Map([['S09', source('S09')]]))
    const notes = footnotesOf(['S99', 'S09', 'S24', 'S404'], sourceNumbers(numbered))
    expect(notes.map((note) => note.number)).toEqual([1, 2, 3])
  })
})

describe('slides that continue', () => {
  it.each([
    [0, 27, [0]],
    [27, 27, [27]],
    [28, 27, [14, 14]],
    [75, 27, [25, 25, 25]],
    [76, 27, [26, 26, 24]],
  ])('splits %i entries at most %i a slide as %j', (count, max, sizes) => {
    const parts = splitEvenly(
      Array.from({ length: count }, (_, index) => index),
      max,
    )
    expect(parts.map((part) => part.length)).toEqual(sizes)
    expect(parts.flat()).toEqual(Array.from({ length: count }, (_, index) => index))
  })

  it('cuts a deadline chart by lines, keeps its rows in order and heads a topic cut in two on both parts', () => {
    const targets = Array.from({ length: 7 }, (_, index) =>
      makeTarget({ id: `T${index}`, due: day(`202${index}-06-01`), topics: index < 2 ? [] : ['oil'] }),
    )
    const gantt = toGanttRows(targets, '2019-12-01', { topics: [], outcomes: [] })
    // Two topics: the whole programme's 2 rows (1 + 4 lines), then oil's 5 rows (1 + 10 lines).
    const parts = ganttParts(gantt, 10)
    expect(parts.map((part) => part.groups.map((group) => [group.topicId, group.rows.length]))).toEqual([
      [
        [null, 2],
        ['oil', 2],
      ],
      [['oil', 3]],
    ])
    expect(parts.flatMap(ganttRowsOf)).toEqual(ganttRowsOf(gantt))
    expect(parts.every((part) => part.range === gantt.range)).toBe(true)
    expect(ganttParts(gantt, 16)).toEqual([gantt])
  })

  it('gives footnote numbers in runs of three or more', () => {
    expect(numberRuns([7, 1, 2, 4, 5, 6, 9])).toEqual([
      { from: 1, to: 1 },
      { from: 2, to: 2 },
      { from: 4, to: 7 },
      { from: 9, to: 9 },
    ])
    expect(numberRuns([])).toEqual([])
  })
})

describe('clampSlide', () => {
  it.each([
    [1, 8, 1],
    [5, 8, 5],
    [12, 8, 8],
    [0, 8, 1],
    [3, 0, 1],
  ])('slide %i of %i opens as %i', (slide, count, expected) => {
    expect(clampSlide(slide, count)).toBe(expected)
  })
})
