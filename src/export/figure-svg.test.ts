import { layoutFigure, TEXT_STYLE, type FigureWords, type Measure } from './figure-layout'
import { figureSvg, stackPanels } from './figure-svg'

const measure: Measure = (text, role) => text.length * TEXT_STYLE[role].size * 0.5
const paint = (token: string) => (token === '--bg' ? '#ffffff' : token === '--muted' ? '#4a5260' : '#14181f')

const words: FigureWords = {
  title: 'Status <breakdown> & more',
  lines: ['Statuses as of 10 Dec 2019'],
  footer: ['Sources: S16'],
  key: {
    entries: [{ symbol: { kind: 'status', status: 'open' }, label: '⚠ Open (disputed): 2' }],
    notesTitle: '',
    notes: [],
    remarks: [],
  },
}

function parse(svg: string): Document {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml')
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0)
  return document
}

describe('figureSvg', () => {
  const chart = stackPanels(
    [
      { markup: '<g><rect width="10" height="10" fill="#0072b2"/></g>', width: 900, height: 120, caption: null },
      { markup: '<g><text>50%</text></g>', width: 900, height: 80, caption: 'Reported implementation' },
    ],
    paint,
  )
  const layout = layoutFigure(words, { width: 960, height: 540 }, chart.height, measure)
  const document = {
    layout,
    title: words.title,
    chartMarkup: chart.markup,
    fontFamily: 'system-ui, "Segoe UI", sans-serif',
    paint,
  }

  it('is one well-formed SVG document with every word as text and nothing from HTML', () => {
    const svg = parse(figureSvg(document)).documentElement
    expect(svg.getElementsByTagName('foreignObject')).toHaveLength(0)
    const texts = [...svg.getElementsByTagName('text')].map((text) => text.textContent)
    expect(texts).toEqual(
      expect.arrayContaining([
        'Status <breakdown> & more',
        'Statuses as of 10 Dec 2019',
        '⚠ Open (disputed): 2',
        'Sources: S16',
        'Reported implementation',
        '50%',
      ]),
    )
    expect(svg.getElementsByTagName('title')[0]?.textContent).toBe('Status <breakdown> & more')
  })

  it('names the font stack once for all text, and draws the key’s pattern from its own defs', () => {
    const svg = parse(figureSvg(document)).documentElement
    expect(svg.getAttribute('font-family')).toBe('system-ui, "Segoe UI", sans-serif')
    const pattern = svg.querySelector('pattern#key-status-open')
    expect(pattern?.querySelector('rect')?.getAttribute('fill')).toBe('#14181f')
    expect(svg.querySelector('rect[fill="url(#key-status-open)"]')).not.toBeNull()
  })

  it('is the layout’s size as a file, and the asked-for pixels over the same view box as a PNG source', () => {
    const file = parse(figureSvg(document)).documentElement
    expect([file.getAttribute('width'), file.getAttribute('height'), file.getAttribute('viewBox')]).toEqual([
      '960',
      '540',
      '0 0 960 540',
    ])
    const png = parse(figureSvg({ ...document, pixels: { width: 1920, height: 1080 } })).documentElement
    expect([png.getAttribute('width'), png.getAttribute('height'), png.getAttribute('viewBox')]).toEqual([
      '1920',
      '1080',
      '0 0 960 540',
    ])
  })
})

describe('stackPanels', () => {
  it('puts each panel under the last, below its caption', () => {
    const { markup, height } = stackPanels(
      [
        { markup: '<g id="a"/>', width: 100, height: 50, caption: null },
        { markup: '<g id="b"/>', width: 100, height: 40, caption: 'Second' },
      ],
      paint,
    )
    expect(markup).toMatch(
      /^<g transform="translate\(0 0\)"><g id="a"\/><\/g><text [^>]*>Second<\/text><g transform="translate\(0 \d+\)"><g id="b"\/><\/g>$/,
    )
    expect(height).toBeGreaterThan(90 + TEXT_STYLE.caption.size)
  })
})
