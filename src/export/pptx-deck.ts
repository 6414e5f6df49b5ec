// A slide deck as a PowerPoint file: a plain spec of what each slide says (built by the deck that shows it), and
// the writer that lays it out on 16:9 slides with pptxgenjs. The library (about 400 kB with its zip code) is
// loaded only when someone downloads a deck.
import type { Lang } from '../i18n/lang'
import { LOCALES } from '../i18n/lang'
import { retryableImport } from '../lib/retry-import'

export interface PptxSlideSpec {
  readonly title: string
  /** The one line the slide says, under its title. */
  readonly takeaway: string | null
  /** The slide has a figure (a chart) to picture beside its text. */
  readonly hasFigure: boolean
  /** The slide's rows, as editable text. */
  readonly bullets: readonly string[]
  /** "Sources: 1, 2, 4–8": the deck-wide numbers of the slide's sources; null where it cites none. */
  readonly footnote: string | null
  /** What the presenter reads in the notes pane; never empty, so every slide has a notes page. */
  readonly notes: string
}

export interface PptxDeckSpec {
  readonly title: string
  readonly subject: string
  readonly lang: Lang
  readonly slides: readonly PptxSlideSpec[]
}

/** A picture of a slide's figure: a PNG data: URL and its size in pixels, to keep its aspect ratio. */
export interface PptxPicture {
  readonly dataUrl: string
  readonly width: number
  readonly height: number
}

const pptxgenjs = retryableImport(() => import('pptxgenjs'))

// LAYOUT_WIDE, in inches: 13.33 × 7.5, the 16:9 size PowerPoint starts new decks with.
const SLIDE = { width: 13.333, height: 7.5 }
const MARGIN = 0.5
const CONTENT_WIDTH = SLIDE.width - 2 * MARGIN
/** The footnote's lowest edge, clear of the slide number's line. */
const FOOT_BOTTOM = SLIDE.height - 0.25
const POINTS_PER_INCH = 72

/** The slides' colours as hex (RRGGBB): the reader's theme, so the pictured charts sit on the background they were drawn on. */
export interface PptxPalette {
  readonly background: string
  readonly text: string
  readonly muted: string
  readonly accent: string
}

export const LIGHT_PALETTE: PptxPalette = { background: 'FFFFFF', text: '14181F', muted: '4A5260', accent: '1F4E79' }

/** "rgb(18, 21, 27)" or "#12151b" as "12151B"; null for what is not an opaque colour. */
export function hexColour(css: string): string | null {
  const hex = /^#([0-9a-f]{6})$/i.exec(css.trim())
  if (hex?.[1]) return hex[1].toUpperCase()
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*(?:[,/]\s*([\d.]+%?)\s*)?\)$/.exec(css.trim())
  if (!rgb || (rgb[4] !== undefined && Number.parseFloat(rgb[4]) < (rgb[4].endsWith('%') ? 100 : 1))) return null
  return rgb
    .slice(1, 4)
    .map((channel) => Number(channel).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()
}
const FONT = 'Arial'

export interface Box {
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
}

/** The largest box of the picture's shape inside `box`, centred: a chart is never stretched. */
export function containBox(picture: { width: number; height: number }, box: Box): Box {
  const scale = Math.min(box.w / picture.width, box.h / picture.height)
  const w = picture.width * scale
  const h = picture.height * scale
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h }
}

/** The body's area on a slide with no takeaway and no footnote, in square inches: the sizes below are for it. */
const FULL_BODY_AREA = CONTENT_WIDTH * 4.9

/** Smaller type for more text in a smaller box, so a full sources slide fits without relying on autofit. */
export function bulletFontSize(bullets: readonly string[], box: { w: number; h: number }): number {
  const characters = bullets.reduce((sum, bullet) => sum + bullet.length + 40, 0) * (FULL_BODY_AREA / (box.w * box.h))
  if (characters <= 700) return 18
  if (characters <= 1300) return 14
  if (characters <= 2200) return 12
  if (characters <= 3200) return 10
  return 8
}

const FOOTNOTE_SIZE = 9

/**
 * The footnote's box, tall enough for every line it wraps to, so nothing relies on autofit, which PowerPoint
 * applies only once the text is edited (and LibreOffice not at all: an overfull box grows over the slide).
 */
export function footnoteLayout(footnote: string | null): { box: Box; fontSize: number } | null {
  if (!footnote) return null
  // About 2.1 characters per point of width at this size.
  const width = CONTENT_WIDTH - 0.8
  const perLine = (width * POINTS_PER_INCH * 2.1) / FOOTNOTE_SIZE
  const lines = Math.ceil(footnote.length / perLine)
  const h = (lines * FOOTNOTE_SIZE * 1.25) / POINTS_PER_INCH + 0.05
  return { box: { x: MARGIN, y: FOOT_BOTTOM - h, w: width, h }, fontSize: FOOTNOTE_SIZE }
}

export function slideLayout(slide: PptxSlideSpec, picture: PptxPicture | null) {
  const bodyTop = slide.takeaway ? 1.9 : 1.35
  const foot = footnoteLayout(slide.footnote)
  const bodyBottom = foot ? foot.box.y - 0.15 : SLIDE.height - 0.6
  const body: Box = { x: MARGIN, y: bodyTop, w: CONTENT_WIDTH, h: bodyBottom - bodyTop }
  const hasText = slide.bullets.length > 0
  const figureWidth = hasText ? CONTENT_WIDTH * 0.6 : CONTENT_WIDTH
  const figure = picture ? containBox(picture, { ...body, w: figureWidth }) : null
  const bullets: Box | null = !hasText
    ? null
    : picture
      ? { x: MARGIN + figureWidth + 0.3, y: body.y, w: CONTENT_WIDTH - figureWidth - 0.3, h: body.h }
      : body
  return { body, figure, bullets, foot }
}

/**
 * The .pptx file's bytes: one slide per spec slide, in order, each with its speaker notes. `pictures[i]` is the
 * figure of slide i, or null where it has none (or it could not be pictured).
 */
export async function writePptx(
  spec: PptxDeckSpec,
  pictures: readonly (PptxPicture | null)[],
  palette: PptxPalette = LIGHT_PALETTE,
): Promise<Uint8Array<ArrayBuffer>> {
  const { default: PptxGenJS } = await pptxgenjs()
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = spec.title
  pptx.subject = spec.subject
  pptx.company = spec.title
  const lang = LOCALES[spec.lang]
  const text = { fontFace: FONT, color: palette.text, lang, margin: 0 }

  spec.slides.forEach((slideSpec, index) => {
    const slide = pptx.addSlide()
    slide.background = { color: palette.background }
    const picture = pictures[index] ?? null
    const layout = slideLayout(slideSpec, picture)
    slide.addText(slideSpec.title, {
      ...text,
      x: MARGIN,
      y: 0.35,
      w: CONTENT_WIDTH,
      h: 0.85,
      fontSize: 28,
      bold: true,
      valign: 'top',
      fit: 'shrink',
    })
    if (slideSpec.takeaway) {
      slide.addText(slideSpec.takeaway, {
        ...text,
        x: MARGIN,
        y: 1.25,
        w: CONTENT_WIDTH,
        h: 0.55,
        fontSize: 18,
        color: palette.accent,
        valign: 'top',
        fit: 'shrink',
      })
    }
    if (picture && layout.figure) slide.addImage({ data: picture.dataUrl, ...layout.figure })
    if (layout.bullets) {
      slide.addText(
        slideSpec.bullets.map((bullet) => ({ text: bullet, options: { bullet: true, breakLine: true } })),
        {
          ...text,
          ...layout.bullets,
          fontSize: bulletFontSize(slideSpec.bullets, layout.bullets),
          valign: 'top',
          paraSpaceAfter: 4,
          fit: 'shrink',
        },
      )
    }
    if (layout.foot && slideSpec.footnote) {
      slide.addText(slideSpec.footnote, {
        ...text,
        ...layout.foot.box,
        fontSize: layout.foot.fontSize,
        color: palette.muted,
        valign: 'bottom',
      })
    }
    slide.slideNumber = {
      x: SLIDE.width - MARGIN - 0.6,
      y: SLIDE.height - 0.45,
      w: 0.6,
      h: 0.3,
      fontSize: 10,
      color: palette.muted,
    }
    slide.addNotes(slideSpec.notes)
  })

  const bytes = await pptx.write({ outputType: 'uint8array', compression: true })
  if (!(bytes instanceof Uint8Array)) throw new Error('the presentation was not written as bytes')
  // A copy on a plain ArrayBuffer, which a Blob takes.
  return new Uint8Array(bytes)
}
