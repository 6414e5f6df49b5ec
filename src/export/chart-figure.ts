// A chart as a picture file: the chart drawn for the picture's size (figure-layout's room), read back as inlined
// SVG panels, then placed with its words and key into one SVG document, or that document drawn into a PNG.
import { chartRoom, layoutFigure, type FigureFrame, type FigureWords } from './figure-layout'
import { figureSvg, stackPanels, type FigurePanel } from './figure-svg'
import { canvasTextWidth, pageFontFamily, pagePaint, roleMeasure, type TextWidth } from './page-style'
import { svgToPng } from './raster'
import { inlinedGroup } from './svg-inline'

/** The sizes a chart picture comes in, in CSS pixels; a PNG has PIXEL_RATIO times as many pixels. */
export const PICTURE_SIZES = {
  slide: { width: 960, height: 540 },
  square: { width: 540, height: 540 },
  a4: { width: 620, height: 877 },
  screen: null,
} as const satisfies Record<string, FigureFrame | null>
export type PictureSize = keyof typeof PICTURE_SIZES
export const PICTURE_SIZE_IDS = Object.keys(PICTURE_SIZES) as readonly PictureSize[]

/** 1920 × 1080 for a slide, 1080 × 1080 square, A4 at 150 dpi (1240 × 1754). */
export const PIXEL_RATIO = 2

/** Where a chart is drawn for a picture: the width it has, the height left for it, and text widths in its font. */
export interface FigureRoom {
  readonly width: number
  /** null: as tall as the chart needs. */
  readonly height: number | null
  readonly textWidth: TextWidth
}

/**
 * The panels drawn in `host`: each element marked data-figure-panel gives its first <svg>, inlined, with the
 * data-figure-caption above it.
 */
export function readPanels(host: HTMLElement): readonly FigurePanel[] {
  return [...host.querySelectorAll<HTMLElement>('[data-figure-panel]')].flatMap((panel) => {
    const svg = panel.querySelector('svg')
    if (!(svg instanceof SVGSVGElement)) return []
    return [{ ...inlinedGroup(svg), caption: panel.dataset.figureCaption ?? null }]
  })
}

export interface PictureRequest {
  readonly words: FigureWords
  /** The chart's on-screen width, for the "as on screen" size. */
  readonly screenWidth: number
  readonly size: PictureSize
  readonly format: 'svg' | 'png'
  readonly drawPanels: (room: FigureRoom) => Promise<readonly FigurePanel[]>
}

export function frameOf(size: PictureSize, screenWidth: number): FigureFrame {
  return PICTURE_SIZES[size] ?? { width: Math.round(screenWidth), height: null }
}

export async function chartPicture(request: PictureRequest): Promise<Blob> {
  const fontFamily = pageFontFamily()
  const textWidth = canvasTextWidth(fontFamily)
  const measure = roleMeasure(textWidth)
  const paint = pagePaint()
  const frame = frameOf(request.size, request.screenWidth)
  const room = chartRoom(request.words, frame, measure)
  const chart = stackPanels(await request.drawPanels({ ...room, textWidth }), paint)
  const layout = layoutFigure(request.words, frame, chart.height, measure)
  const document = { layout, title: request.words.title, chartMarkup: chart.markup, fontFamily, paint }
  if (request.format === 'svg') return new Blob([figureSvg(document)], { type: 'image/svg+xml' })
  const pixels = { width: Math.round(layout.width * PIXEL_RATIO), height: Math.round(layout.height * PIXEL_RATIO) }
  return svgToPng(figureSvg({ ...document, pixels }), pixels.width, pixels.height)
}
