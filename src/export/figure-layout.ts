// Where everything on an exported chart goes, as data: the title and date lines on top, the chart, its key (one
// entry per kind of mark, then numbered notes such as the progress chart's events, then remarks such as the status
// chart's reported totals) and the sources and citation at the foot. Pure: text is measured by a function handed in (the page's canvas in the browser).
import type { KeySymbol } from './key-symbols'

export interface KeyEntry {
  readonly symbol: KeySymbol
  readonly label: string
}

/** A numbered mark on the chart and what it stands for ("3", "7 Dec 2019 — the signing is postponed"). */
export interface KeyNote {
  readonly number: string
  readonly text: string
}

export interface FigureKey {
  readonly entries: readonly KeyEntry[]
  readonly notesTitle: string
  readonly notes: readonly KeyNote[]
  /** Paragraphs the chart's reader needs beside its marks, such as a reported total the items do not add up to. */
  readonly remarks: readonly string[]
}

export interface FigureWords {
  readonly title: string
  readonly lines: readonly string[]
  readonly footer: readonly string[]
  readonly key: FigureKey
}

export type TextRole = 'title' | 'line' | 'caption' | 'key' | 'note-number' | 'footer'

export const TEXT_STYLE: Record<TextRole, { readonly size: number; readonly bold: boolean; readonly muted: boolean }> =
  {
    title: { size: 20, bold: true, muted: false },
    line: { size: 13, bold: false, muted: true },
    caption: { size: 14, bold: true, muted: false },
    key: { size: 12, bold: false, muted: false },
    'note-number': { size: 12, bold: true, muted: false },
    footer: { size: 11, bold: false, muted: true },
  }

/** The width of `text` set in `role`'s size and weight, in CSS pixels. */
export type Measure = (text: string, role: TextRole) => number

/** The picture's size in CSS pixels; a null height grows to fit the chart as drawn. */
export interface FigureFrame {
  readonly width: number
  readonly height: number | null
}

export const PADDING = 24
const GAP = 12
const LINE_HEIGHT = 1.35
const SYMBOL = 14
const SYMBOL_GAP = 6
const ENTRY_GAP = 18
const NOTE_INDENT = 26
/** A chart squeezed below this would say nothing; the whole picture is scaled down instead. */
export const MIN_CHART_HEIGHT = 120

const lineHeight = (role: TextRole) => Math.round(TEXT_STYLE[role].size * LINE_HEIGHT)

/** Words wrapped to `width`; a word longer than the line (a long link) gets a line of its own. */
export function wrapText(text: string, width: number, role: TextRole, measure: Measure): readonly string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`
    if (line !== '' && measure(candidate, role) > width) {
      lines.push(line)
      line = word
    } else line = candidate
  }
  if (line !== '') lines.push(line)
  return lines
}

export interface PlacedText {
  readonly x: number
  /** The baseline. */
  readonly y: number
  readonly text: string
  readonly role: TextRole
}

export interface PlacedSymbol {
  /** Top left of a SYMBOL × SYMBOL box. */
  readonly x: number
  readonly y: number
  readonly symbol: KeySymbol
}

export interface FigureLayout {
  readonly width: number
  readonly height: number
  /** Applied to everything when the content is taller than a fixed frame; 1 otherwise. */
  readonly scale: number
  /** Where the scaled content starts, so it sits centred in the frame. */
  readonly offsetX: number
  readonly texts: readonly PlacedText[]
  readonly symbols: readonly PlacedSymbol[]
  readonly chart: { readonly x: number; readonly y: number; readonly width: number; readonly height: number }
}

export const SYMBOL_SIZE = SYMBOL

interface Block {
  readonly height: number
  /** Texts and symbols with y measured from the block's top. */
  readonly texts: readonly PlacedText[]
  readonly symbols: readonly PlacedSymbol[]
}

function textBlock(lines: readonly string[], role: TextRole, x: number): Block {
  const step = lineHeight(role)
  const baseline = Math.round(TEXT_STYLE[role].size * 1.05)
  return {
    height: lines.length * step,
    texts: lines.map((text, index) => ({ x, y: index * step + baseline, text, role })),
    symbols: [],
  }
}

function stack(blocks: readonly Block[], gap: number): Block {
  const texts: PlacedText[] = []
  const symbols: PlacedSymbol[] = []
  let top = 0
  for (const block of blocks.filter((entry) => entry.height > 0)) {
    if (top > 0) top += gap
    texts.push(...block.texts.map((text) => ({ ...text, y: text.y + top })))
    symbols.push(...block.symbols.map((symbol) => ({ ...symbol, y: symbol.y + top })))
    top += block.height
  }
  return { height: top, texts, symbols }
}

/** Key entries flow left to right and wrap; an entry wider than the line wraps its own label. */
function legendBlock(entries: readonly KeyEntry[], width: number, measure: Measure): Block {
  const row = Math.max(SYMBOL, lineHeight('key')) + 4
  const texts: PlacedText[] = []
  const symbols: PlacedSymbol[] = []
  let x = 0
  let y = 0
  for (const entry of entries) {
    const labelWidth = width - SYMBOL - SYMBOL_GAP
    const lines = wrapText(entry.label, labelWidth, 'key', measure)
    const entryWidth = SYMBOL + SYMBOL_GAP + Math.max(0, ...lines.map((line) => measure(line, 'key')))
    if (x > 0 && x + entryWidth > width) {
      x = 0
      y += row
    }
    symbols.push({ x, y: y + (row - 4 - SYMBOL) / 2, symbol: entry.symbol })
    lines.forEach((line, index) =>
      texts.push({ x: x + SYMBOL + SYMBOL_GAP, y: y + index * lineHeight('key') + 12, text: line, role: 'key' }),
    )
    y += (lines.length - 1) * lineHeight('key')
    x += entryWidth + ENTRY_GAP
  }
  return { height: entries.length > 0 ? y + row : 0, texts, symbols }
}

function notesBlock(key: FigureKey, width: number, measure: Measure): Block {
  if (key.notes.length === 0) return { height: 0, texts: [], symbols: [] }
  const notes = key.notes.map((note): Block => {
    const body = textBlock(wrapText(note.text, width - NOTE_INDENT, 'key', measure), 'key', NOTE_INDENT)
    const number: PlacedText = { x: 0, y: body.texts[0]?.y ?? 0, text: note.number, role: 'note-number' }
    return { ...body, texts: [number, ...body.texts] }
  })
  return stack([textBlock(wrapText(key.notesTitle, width, 'note-number', measure), 'note-number', 0), ...notes], 3)
}

interface Chrome {
  readonly header: Block
  readonly key: Block
  readonly footer: Block
  /** The chart's width: the content's, or what the key beside it leaves. */
  readonly chartWidth: number
  /** The key is beside the chart, in a column on the right, rather than below it. */
  readonly keyBeside: boolean
}

/** The key's column, beside the chart, as a share of the content's width. */
const KEY_COLUMN_SHARE = 0.4
const COLUMN_GAP = 24

function chrome(words: FigureWords, width: number, measure: Measure, keyBeside: boolean): Chrome {
  const contentWidth = width - 2 * PADDING
  const keyWidth = keyBeside ? Math.round(contentWidth * KEY_COLUMN_SHARE) : contentWidth
  const wrapped = (lines: readonly string[], role: TextRole) =>
    lines.flatMap((line) => wrapText(line, contentWidth, role, measure))
  return {
    header: stack(
      [textBlock(wrapped([words.title], 'title'), 'title', 0), textBlock(wrapped(words.lines, 'line'), 'line', 0)],
      4,
    ),
    key: stack(
      [
        legendBlock(words.key.entries, keyWidth, measure),
        notesBlock(words.key, keyWidth, measure),
        stack(
          words.key.remarks.map((remark) => textBlock(wrapText(remark, keyWidth, 'key', measure), 'key', 0)),
          3,
        ),
      ],
      GAP,
    ),
    footer: textBlock(wrapped(words.footer, 'footer'), 'footer', 0),
    chartWidth: keyBeside ? contentWidth - keyWidth - COLUMN_GAP : contentWidth,
    keyBeside,
  }
}

/** The height of everything but the chart (and a key beside it). */
const around = (parts: Chrome) =>
  2 * PADDING +
  parts.header.height +
  GAP +
  GAP +
  (parts.key.height > 0 && !parts.keyBeside ? parts.key.height + GAP : 0) +
  parts.footer.height

/**
 * The key goes below the chart, unless in a landscape frame it would leave the chart less than half the height
 * (a long list of numbered events): then it goes beside the chart, which keeps the height between header and footer.
 */
function arrange(words: FigureWords, frame: FigureFrame, measure: Measure): Chrome {
  const below = chrome(words, frame.width, measure, false)
  if (frame.height === null || frame.width <= frame.height) return below
  return frame.height - around(below) < frame.height / 2 ? chrome(words, frame.width, measure, true) : below
}

/**
 * The room the chart has: its width, and in a fixed frame the height left by the words around it (never below
 * MIN_CHART_HEIGHT). A null height: the chart takes the height it needs.
 */
export function chartRoom(
  words: FigureWords,
  frame: FigureFrame,
  measure: Measure,
): { width: number; height: number | null } {
  const parts = arrange(words, frame, measure)
  const height = frame.height === null ? null : Math.max(MIN_CHART_HEIGHT, frame.height - around(parts))
  return { width: parts.chartWidth, height }
}

/** Everything placed, once the chart is drawn at `chartHeight` within chartRoom(). */
export function layoutFigure(
  words: FigureWords,
  frame: FigureFrame,
  chartHeight: number,
  measure: Measure,
): FigureLayout {
  const parts = arrange(words, frame, measure)
  const room = chartRoom(words, frame, measure).height ?? chartHeight
  // In a fixed frame the chart is centred in the room the words leave, so the footer sits at the foot.
  const chartArea = Math.max(room, chartHeight)
  const chartTop = PADDING + parts.header.height + GAP
  const keyTop = parts.keyBeside ? chartTop : chartTop + chartArea + GAP
  const keyLeft = parts.keyBeside ? parts.chartWidth + COLUMN_GAP : 0
  const keyBottom = parts.key.height > 0 ? keyTop + parts.key.height + GAP : keyTop
  const footerTop = Math.max(chartTop + chartArea + GAP, keyBottom)
  const contentHeight = footerTop + parts.footer.height + PADDING
  const height = frame.height ?? contentHeight
  const scale = Math.min(1, height / contentHeight)
  const shift = (block: Block, top: number, left = 0) => ({
    texts: block.texts.map((text) => ({ ...text, x: text.x + PADDING + left, y: text.y + top })),
    symbols: block.symbols.map((symbol) => ({ ...symbol, x: symbol.x + PADDING + left, y: symbol.y + top })),
  })
  const blocks = [shift(parts.header, PADDING), shift(parts.key, keyTop, keyLeft), shift(parts.footer, footerTop)]
  return {
    width: frame.width,
    height,
    scale,
    offsetX: (frame.width - frame.width * scale) / 2,
    texts: blocks.flatMap((block) => block.texts),
    symbols: blocks.flatMap((block) => block.symbols),
    chart: { x: PADDING, y: chartTop + (chartArea - chartHeight) / 2, width: parts.chartWidth, height: chartHeight },
  }
}
