import { changesBetween } from '../../domain/changes'
import { text } from '../../testing/text'
import { toGanttRows } from '../../domain/chart-series'
import { outcomeAsOf } from '../../domain/deadlines'
import type { ItemFacts } from '../../domain/filters'
import type { StoryStep } from '../../domain/story'
import type { Position, Source } from '../../domain/types'
import { day, makeChange, makeCount, makeItem, makeOutcome, makeTarget } from '../../testing/factories'
import {
  buildDeck,
  changesForItems,
  clampSlide,
  disputedItems,
  footnotesOf,
  ganttSourceIds,
  groupMoves,
  MAX_SLIDES,
  numberSources,
  paginateGantt,
  rowsWithSteps,
  setReportedVsKnown,
  SOURCES_PER_SLIDE,
  sourceNumbers,
  storyChunks,
  type DeckInput,
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

const signing = makeTarget({ id: 'T05', setOn: day('2019-09-06'), due: day('2019-12-08'), sources: ['S09'] })
const story: readonly StoryStep[] = [
  { key: 'initialled', kind: 'count', date: '2019-09-06', claims: [makeCount({ id: 'C1', sources: ['S09'] })] },
  { key: 'signing', kind: 'outcome', date: '2019-12-08', target: signing, state: outcomeAsOf(signing, '2019-10-01') },
  {
    key: 'december-agreed',
    kind: 'conflict',
    date: null,
    claims: [
      makeCount({ id: 'C2', date: day('2019-12-07'), sources: ['S24'] }),
      makeCount({ id: 'C3', date: day('2019-12-20'), sources: ['S26'] }),
    ],
  },
  { key: 'programmes-agreed', kind: 'count', date: '2021-09-09', claims: [makeCount({ id: 'C4', sources: ['S50'] })] },
]

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
  const sourcesById = new Map(['S09', 'S24', 'S26', 'S30'].map((id) => [id, source(id)]))
  const input: DeckInput = {
    asOf: '2019-12-31',
    story: story.slice(0, 3),
    statusSourceIds: ['S24', 'S30'],
    reported: [],
    gantt: toGanttRows([signing], '2019-12-31', { topics: [], outcomes: [] }),
    compare: null,
    changes: null,
    disputed: [],
    sourcesById,
  }

  it('runs title, story, status, deadlines, then the numbered sources', () => {
    const deck = buildDeck(input).slides
    expect(deck.map((slide) => slide.id)).toEqual(['title', 'story-1', 'story-2', 'status', 'deadlines-1', 'sources-1'])
    const sources = deck.at(-1)
    expect(sources?.kind === 'sources' && sources.entries.map((entry) => entry.number)).toEqual([1, 2, 3, 4])
  })

  it('adds the changes slide only with a compare date, and a slide per disputed item', () => {
    const item = makeItem({ id: 'RM01', positions: [position('RU', '2019-11-01', ['S20'])] })
    const changes = changesBetween([item], [], [], '2019-09-01', '2019-12-31')
    const { slides: deck } = buildDeck({
      ...input,
      compare: '2019-09-01',
      changes,
      disputed: disputedItems([facts(item)], '2019-12-31'),
    })
    expect(deck.map((slide) => slide.kind)).toEqual([
      'title',
      'story',
      'story',
      'status',
      'deadlines',
      'changes',
      'disputed',
      'sources',
    ])
  })

  it('leaves a comparison with a later date out of the deck, and lists what became known apart', () => {
    const item = makeItem({
      id: 'RM01',
      history: [makeChange('2019-09-06', 'drafting'), makeChange('2019-11-29', 'unattributed')],
    })
    const changes = changesBetween([item], [], [], '2019-10-01', '2019-12-31')
    const earlier = buildDeck({ ...input, compare: '2019-10-01', changes }).slides.find(
      (slide) => slide.kind === 'changes',
    )
    expect(earlier?.kind === 'changes' && [earlier.moves, earlier.knowledge.map((group) => group.kind)]).toEqual([
      [],
      ['stopped-reported'],
    ])
    const later = buildDeck({ ...input, compare: '2020-06-01', changes }).slides
    expect(later.map((slide) => slide.kind)).not.toContain('changes')
  })

  it('cites no source published after the date, and counts those it leaves out', () => {
    const late = { ...source('S60'), date: day('2021-03-01') }
    const { sources, slides } = buildDeck({
      ...input,
      statusSourceIds: ['S24', 'S60'],
      sourcesById: new Map([...sourcesById, ['S60', late]]),
    })
    expect(sources.map((entry) => (typeof entry.source === 'string' ? entry.source : entry.source.id))).not.toContain(
      'S60',
    )
    const last = slides.at(-1)
    expect(last?.kind === 'sources' && last.later).toBe(1)
  })

  it('puts reported totals beside the item count on the status slide, citing the reports', () => {
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
    const reported = setReportedVsKnown(items, [total], 'roadmaps', '2019-11-29')
    expect(reported).toMatchObject([{ metric: 'open', known: 1, unattributed: 2, claims: [{ id: 'C11' }] }])
    const status = buildDeck({ ...input, reported }).slides.find((slide) => slide.kind === 'status')
    expect(status?.kind === 'status' && status.reported).toEqual(reported)
    expect(status?.sourceIds).toContain('S26')
    expect(setReportedVsKnown(items, [total], 'roadmaps', '2019-11-28')).toEqual([])
  })

  it('gives conflicting claims a story slide of their own', () => {
    const kinds = (steps: readonly StoryStep[]) => steps.map((step) => step.kind)
    expect(storyChunks(story).map(kinds)).toEqual([['count', 'outcome'], ['conflict'], ['count']])
  })

  it('splits a long story and a long source list over several slides', () => {
    const long = Array.from({ length: 9 }, () => story[0]).filter((step) => step !== undefined)
    const many = Array.from({ length: 2 * SOURCES_PER_SLIDE + 1 }, (_, index) => `S${100 + index}`)
    const deck = buildDeck({ ...input, story: long, statusSourceIds: many }).slides
    expect(deck.filter((slide) => slide.kind === 'story')).toHaveLength(3)
    const sources = deck.flatMap((slide) => (slide.kind === 'sources' ? [slide.entries.length] : []))
    expect(sources).toHaveLength(3)
    expect(Math.max(...sources) - Math.min(...sources)).toBeLessThanOrEqual(1)
  })

  it('never makes more slides than a link can name', () => {
    const many = Array.from({ length: 5000 }, (_, index) => `S${index}`)
    expect(buildDeck({ ...input, statusSourceIds: many }).slides.length).toBeLessThanOrEqual(MAX_SLIDES)
  })

  it('numbers sources in order of first citation and keeps unknown ids', () => {
    const numbered = numberSources(
      [
        { id: 'a', sourceIds: ['S24', 'S99'] },
        { id: 'b', sourceIds: ['S99', 'S09'] },
      ],
      sourcesById,
      '2019-12-31',
    ).sources
    expect(numbered.map(({ number, source }) => [number, typeof source === 'string' ? source : source.id])).toEqual([
      [1, 'S24'],
      [2, 'S99'],
      [3, 'S09'],
    ])
  })
})

describe('paginateGantt', () => {
  const targets = ['gas', 'gas', 'gas', 'oil', 'oil'].map((topic, index) =>
    makeTarget({ id: `T${index + 1}`, topics: [topic], due: day(`202${index}-01-01`), sources: [`S${index + 1}`] }),
  )
  const gantt = toGanttRows(targets, '2030-01-01', { topics: [], outcomes: [] })
  const shape = (pages: ReturnType<typeof paginateGantt>) =>
    pages.map((page) =>
      page.groups.map((group) => `${group.topicId}:${group.rows.map((row) => row.target.id).join('+')}`),
    )

  it('cuts rows into pages, carrying a topic over with its heading', () => {
    expect(shape(paginateGantt(gantt, 2))).toEqual([['gas:T1+T2'], ['gas:T3', 'oil:T4'], ['oil:T5']])
    expect(shape(paginateGantt(gantt, 8))).toEqual([['gas:T1+T2+T3', 'oil:T4+T5']])
  })

  it('fills pages evenly', () => {
    expect(shape(paginateGantt(gantt, 4))).toEqual([['gas:T1+T2+T3'], ['oil:T4+T5']])
  })

  it('keeps the time axis on every page and an empty chart as one page', () => {
    expect(paginateGantt(gantt, 2).every((page) => page.range === gantt.range)).toBe(true)
    const empty = toGanttRows(targets, '2000-01-01', { topics: [], outcomes: [] })
    expect(paginateGantt(empty, 2)).toEqual([empty])
  })

  it('cites each page by its own deadlines', () => {
    const [first] = buildDeck({
      asOf: '2030-01-01',
      story: [],
      statusSourceIds: [],
      reported: [],
      gantt,
      compare: null,
      changes: null,
      disputed: [],
      sourcesById: new Map(),
    }).slides.filter((slide) => slide.kind === 'deadlines')
    expect(first?.sourceIds).toEqual(['S1', 'S2', 'S3'])
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
    const numbered = numberSources(
      [{ id: 'a', sourceIds: ['S24', 'S09', 'S99'] }],
      new Map([['S09', source('S09')]]),
      '2019-12-31',
    )
    const notes = footnotesOf(['S99', 'S09', 'S24', 'S404'], sourceNumbers(numbered.sources))
    expect(notes.map((note) => note.number)).toEqual([1, 2, 3])
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
