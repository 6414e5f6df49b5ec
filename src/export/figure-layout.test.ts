import {
  chartRoom,
  layoutFigure,
  MIN_CHART_HEIGHT,
  PADDING,
  TEXT_STYLE,
  wrapText,
  type FigureWords,
  type Measure,
} from './figure-layout'

/** Every character half its font size wide. */
const measure: Measure = (text, role) => text.length * TEXT_STYLE[role].size * 0.5

const words = (overrides: Partial<FigureWords> = {}): FigureWords => ({
  title: 'Reported progress',
  lines: ['Statuses as of 10 Dec 2019', 'Filters: not filtered'],
  footer: ['Sources: S18; S19', 'Union State Roadmap Tracker, dataset version 2026-11-25'],
  key: { entries: [], notesTitle: 'Key events', notes: [], remarks: [] },
  ...overrides,
})

describe('wrapText', () => {
  it('breaks between words at the width, and gives an overlong word a line of its own', () => {
    expect(wrapText('one two three four', 9 * 6, 'key', measure)).toEqual(['one two', 'three', 'four'])
    expect(wrapText('a https://example.org/long b', 5 * 6, 'key', measure)).toEqual([
      'a',
      'https://example.org/long',
      'b',
    ])
  })
})

describe('chartRoom', () => {
  it('gives the chart the width inside the padding and, in a fixed frame, the height the words leave', () => {
    const slide = chartRoom(words(), { width: 960, height: 540 }, measure)
    expect(slide.width).toBe(960 - 2 * PADDING)
    expect(slide.height).toBeGreaterThan(300)
    expect(slide.height).toBeLessThan(540)
    expect(chartRoom(words(), { width: 960, height: null }, measure).height).toBeNull()
  })

  it('never squeezes the chart below its minimum', () => {
    const many = Array.from({ length: 60 }, (_, index) => `Source line ${index}`)
    expect(chartRoom(words({ footer: many }), { width: 540, height: 540 }, measure).height).toBe(MIN_CHART_HEIGHT)
  })
})

describe('layoutFigure', () => {
  const key = {
    entries: [
      { symbol: { kind: 'ring' } as const, label: 'Disputed: reports disagree' },
      { symbol: { kind: 'span', token: '--muted' } as const, label: 'Whiskers: a fuzzy date' },
    ],
    notesTitle: 'Key events (numbered on the chart)',
    notes: [
      { number: '1', text: '6 Sept 2019: PMs initial the action programme' },
      { number: '2', text: '7 Dec 2019: Sochi summit ends without a deal' },
    ],
    remarks: ['Reported total: 11 of 31 open (Semashko). Item by item: 5 open'],
  }

  it('stacks title, lines, chart, key, notes, remarks and footer in that order', () => {
    const layout = layoutFigure(words({ key }), { width: 960, height: null }, 200, measure)
    const order = [
      'Reported progress',
      'Statuses as of 10 Dec 2019',
      'Disputed: reports disagree',
      'Key events (numbered on the chart)',
      '1',
      '6 Sept 2019: PMs initial the action programme',
      '2',
      'Reported total: 11 of 31 open (Semashko). Item by item: 5 open',
      'Sources: S18; S19',
    ]
    const y = (text: string) => layout.texts.find((placed) => placed.text === text)?.y ?? NaN
    const ys = order.map(y)
    expect(ys).toEqual([...ys].sort((a, b) => a - b))
    expect(layout.chart.y).toBeGreaterThan(y('Filters: not filtered'))
    expect(layout.chart.y + layout.chart.height).toBeLessThan(y('Disputed: reports disagree'))
    expect(layout.height).toBeGreaterThan(y('Union State Roadmap Tracker, dataset version 2026-11-25'))
    expect(layout.scale).toBe(1)
  })

  it('gives every kind of mark its symbol beside its label, on one row while they fit', () => {
    const layout = layoutFigure(words({ key }), { width: 960, height: null }, 200, measure)
    expect(layout.symbols.map((placed) => placed.symbol.kind)).toEqual(['ring', 'span'])
    const [first, second] = layout.symbols
    expect(first?.y).toBe(second?.y)
    const narrow = layoutFigure(words({ key }), { width: 300, height: null }, 200, measure)
    expect(narrow.symbols[1]?.y).toBeGreaterThan(narrow.symbols[0]?.y ?? Infinity)
  })

  it('keeps every line inside the picture’s width', () => {
    const long = 'Sources: ' + Array.from({ length: 40 }, (_, index) => `S${index} Publisher`).join('; ')
    const layout = layoutFigure(words({ key, footer: [long] }), { width: 540, height: null }, 200, measure)
    for (const placed of layout.texts) expect(placed.x + measure(placed.text, placed.role)).toBeLessThanOrEqual(540)
    expect(layout.texts.filter((text) => text.role === 'footer').length).toBeGreaterThan(3)
  })

  it('fills a fixed frame exactly: the footer at its foot, a short chart centred in the room between', () => {
    const layout = layoutFigure(words({ key: { ...key, remarks: [] } }), { width: 960, height: 540 }, 100, measure)
    expect(layout).toMatchObject({ width: 960, height: 540, scale: 1 })
    const lastLine = layout.texts[layout.texts.length - 1]
    expect(lastLine?.text).toBe('Union State Roadmap Tracker, dataset version 2026-11-25')
    expect(540 - PADDING - (lastLine?.y ?? 0)).toBeLessThan(TEXT_STYLE.footer.size)
    const keyTop = Math.min(...layout.symbols.map((symbol) => symbol.y))
    const headerBottom = Math.max(...layout.texts.filter((text) => text.role === 'line').map((text) => text.y))
    const above = layout.chart.y - headerBottom
    const below = keyTop - (layout.chart.y + layout.chart.height)
    expect(above).toBeGreaterThan(80)
    expect(Math.abs(above - below)).toBeLessThan(20)
  })

  it('puts a long key beside the chart in a landscape frame, so the chart keeps half the height or more', () => {
    const notes = Array.from({ length: 7 }, (_, index) => ({ number: String(index + 1), text: `Event ${index + 1}` }))
    const layout = layoutFigure(words({ key: { ...key, notes } }), { width: 960, height: 540 }, 300, measure)
    const keyLeft = Math.min(...layout.symbols.map((symbol) => symbol.x))
    expect(keyLeft).toBeGreaterThan(layout.chart.x + layout.chart.width)
    expect(chartRoom(words({ key: { ...key, notes } }), { width: 960, height: 540 }, measure).height).toBeGreaterThan(
      270,
    )
    const square = layoutFigure(words({ key: { ...key, notes } }), { width: 540, height: 540 }, 100, measure)
    expect(Math.min(...square.symbols.map((symbol) => symbol.y))).toBeGreaterThan(square.chart.y + square.chart.height)
  })

  it('scales the whole picture down, evenly, when its content is taller than the frame', () => {
    const layout = layoutFigure(words({ key }), { width: 540, height: 540 }, 900, measure)
    expect(layout.height).toBe(540)
    expect(layout.scale).toBeLessThan(1)
    expect(layout.offsetX).toBeCloseTo((540 - 540 * layout.scale) / 2)
  })
})
