// A DOM node (a chart) as a PNG or SVG image with its stamp: the title and date lines above a copy of the
// node, the sources and citation below. html-to-image is loaded only when someone exports.
import type { ImageStamp } from './image-stamp'
import { retryableImport } from '../lib/retry-import'

export type ImageFormat = 'png' | 'svg'

const SIDE_PADDING = 20
const MIN_WIDTH = 560

/**
 * A theme colour as the page shows it now, as rgb(): the tokens are light-dark() pairs, which only an element in
 * the page resolves (a canvas or a standalone SVG would not).
 */
function themeColour(name: string, fallback: string): string {
  const probe = document.createElement('span')
  probe.style.color = `var(${name}, ${fallback})`
  document.body.append(probe)
  const colour = getComputedStyle(probe).color
  probe.remove()
  return colour || fallback
}

function textLine(text: string, style: Partial<CSSStyleDeclaration>): HTMLParagraphElement {
  const line = document.createElement('p')
  line.textContent = text
  Object.assign(line.style, { margin: '0 0 4px', lineHeight: '1.35', ...style })
  return line
}

/** Built off-screen in the page so the copy keeps the page's styles; removed after rendering. */
function stampedSheet(node: HTMLElement, stamp: ImageStamp, colours: { text: string; muted: string; bg: string }) {
  const sheet = document.createElement('div')
  const width = Math.max(Math.ceil(node.getBoundingClientRect().width), MIN_WIDTH) + 2 * SIDE_PADDING
  Object.assign(sheet.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${width}px`,
    padding: `16px ${SIDE_PADDING}px`,
    background: colours.bg,
    color: colours.text,
    fontFamily: getComputedStyle(document.body).fontFamily,
  })
  sheet.append(textLine(stamp.title, { fontSize: '20px', fontWeight: '700', color: colours.text }))
  for (const line of stamp.lines) sheet.append(textLine(line, { fontSize: '13px', color: colours.muted }))
  const copy = node.cloneNode(true)
  if (copy instanceof HTMLElement) copy.style.margin = '12px 0'
  sheet.append(copy)
  for (const line of stamp.footer) sheet.append(textLine(line, { fontSize: '12px', color: colours.muted }))
  document.body.append(sheet)
  return sheet
}

/** Controls marked data-export-skip (the export menu itself) are not part of the picture. */
function isPictured(node: HTMLElement): boolean {
  return node.dataset?.exportSkip === undefined
}

const htmlToImage = retryableImport(() => import('html-to-image'))

/** Returns a data: URL of the image. */
export async function renderStampedImage(node: HTMLElement, stamp: ImageStamp, format: ImageFormat): Promise<string> {
  const { toPng, toSvg } = await htmlToImage()
  const colours = {
    text: themeColour('--text', '#14181f'),
    muted: themeColour('--muted', '#4a5260'),
    bg: themeColour('--bg', '#ffffff'),
  }
  const sheet = stampedSheet(node, stamp, colours)
  try {
    const options = {
      backgroundColor: colours.bg,
      pixelRatio: 2,
      filter: isPictured,
      // The copy is rendered where it would sit in normal flow, not at its off-screen position.
      style: { position: 'static', left: '0' },
    }
    return format === 'png' ? await toPng(sheet, options) : await toSvg(sheet, options)
  } finally {
    sheet.remove()
  }
}

/** A picture to place inside another file: a PNG data: URL and its size in pixels. */
export interface NodePicture {
  readonly dataUrl: string
  readonly width: number
  readonly height: number
}

/**
 * A node as the page draws it, at twice its size, with no stamp: for a file that carries its own title and
 * sources beside the picture (a slide of a PowerPoint deck). The node must be in the page.
 */
export async function renderNodePicture(node: HTMLElement, backgroundColor: string): Promise<NodePicture> {
  const { toPng } = await htmlToImage()
  const { width, height } = node.getBoundingClientRect()
  const pixelRatio = 2
  const dataUrl = await toPng(node, { pixelRatio, filter: isPictured, backgroundColor })
  return { dataUrl, width: Math.round(width * pixelRatio), height: Math.round(height * pixelRatio) }
}
