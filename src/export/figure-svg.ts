// The exported chart as one standalone SVG document: background, words and key symbols placed by figure-layout,
// the chart's own drawing (inlined, svg-inline.ts) in its place, one font stack named for all text, and no
// <foreignObject>, so drawing programs can edit every line and letter.
import type { Status } from '../domain/vocabulary'
import { TEXT_STYLE, type FigureLayout, type PlacedText } from './figure-layout'
import { keySymbolMarkup, statusPatternMarkup, type KeySymbol, type Paint } from './key-symbols'
import { escapeXml } from './xml'

/** One drawing of the chart (a chart may have several, e.g. counts and percentages), already inlined. */
export interface FigurePanel {
  readonly markup: string
  readonly width: number
  readonly height: number
  /** A heading drawn above the panel. */
  readonly caption: string | null
}

const PANEL_GAP = 10
const CAPTION_HEIGHT = Math.round(TEXT_STYLE.caption.size * 1.6)

/** Panels one under the other, each below its caption; the height is what the chart area must hold. */
export function stackPanels(
  panels: readonly FigurePanel[],
  paint: Paint,
): { readonly markup: string; readonly height: number } {
  let top = 0
  const parts: string[] = []
  for (const panel of panels) {
    if (top > 0) top += PANEL_GAP
    if (panel.caption !== null) {
      parts.push(textMarkup({ x: 0, y: top + TEXT_STYLE.caption.size, text: panel.caption, role: 'caption' }, paint))
      top += CAPTION_HEIGHT
    }
    parts.push(`<g transform="translate(0 ${round(top)})">${panel.markup}</g>`)
    top += panel.height
  }
  return { markup: parts.join(''), height: top }
}

const round = (value: number) => Math.round(value * 100) / 100

function textMarkup({ x, y, text, role }: PlacedText, paint: Paint): string {
  const style = TEXT_STYLE[role]
  const weight = style.bold ? ' font-weight="700"' : ''
  const fill = paint(style.muted ? '--muted' : '--text')
  return `<text x="${round(x)}" y="${round(y)}" font-size="${style.size}"${weight} fill="${fill}">${escapeXml(text)}</text>`
}

export interface FigureDocument {
  readonly layout: FigureLayout
  readonly title: string
  /** The chart drawing, placed in layout.chart. */
  readonly chartMarkup: string
  /** The page's font stack, named on the root so every text is set in it. */
  readonly fontFamily: string
  readonly paint: Paint
  /** The size written on the root: the layout's (an SVG file) or the pixels of a PNG drawn from it. */
  readonly pixels?: { readonly width: number; readonly height: number }
}

const statusesIn = (symbols: readonly KeySymbol[]): readonly Status[] =>
  symbols.flatMap((symbol) => (symbol.kind === 'status' ? [symbol.status] : []))

export function figureSvg(document: FigureDocument): string {
  const { layout, paint } = document
  const size = document.pixels ?? { width: layout.width, height: layout.height }
  const patterns = statusesIn(layout.symbols.map((placed) => placed.symbol)).map((status) =>
    statusPatternMarkup(status, paint),
  )
  const words = layout.texts.map((placed) => textMarkup(placed, paint)).join('')
  const symbols = layout.symbols
    .map((placed) => keySymbolMarkup(placed.symbol, round(placed.x), round(placed.y), paint))
    .join('')
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(size.width)}" height="${round(size.height)}" viewBox="0 0 ${round(layout.width)} ${round(layout.height)}" font-family="${escapeXml(document.fontFamily)}">`,
    `<title>${escapeXml(document.title)}</title>`,
    patterns.length > 0 ? `<defs>${patterns.join('')}</defs>` : '',
    `<rect width="${round(layout.width)}" height="${round(layout.height)}" fill="${paint('--bg')}"/>`,
    `<g transform="translate(${round(layout.offsetX)} 0) scale(${round(layout.scale * 10000) / 10000})">`,
    words,
    symbols,
    `<g transform="translate(${round(layout.chart.x)} ${round(layout.chart.y)})">${document.chartMarkup}</g>`,
    '</g>',
    '</svg>',
  ].join('')
}
