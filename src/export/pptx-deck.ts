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
  /** "[3] Publisher. “Title” (date). address": the slide's sources with their deck-wide numbers. */
  readonly footnotes: readonly string[]
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
const FOOT_TOP = 6.3
const FOOT_HEIGHT = SLIDE.height - FOOT_TOP - 0.25
const COLOURS = { text: '14181F', muted: '4A5260', accent: '0B5CAD' }
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

/** Smaller type for longer text, so a full sources slide still fits its box without relying on autofit. */
export function bulletFontSize(bullets: readonly string[], width: number): number {
  const characters = bullets.reduce((sum, bullet) => sum + bullet.length + 40, 0) * (CONTENT_WIDTH / width)
  if (characters <= 700) return 18
  if (characters <= 1300) return 14
  if (characters <= 2200) return 12
  if (characters <= 3200) return 10
  return 8
}

/** Where the title, takeaway, figure, bullets and footnotes go on one slide. */
export function slideLayout(slide: PptxSlideSpec, picture: PptxPicture | null) {
  const bodyTop = slide.takeaway ? 1.9 : 1.35
  const bodyBottom = slide.footnotes.length > 0 ? FOOT_TOP - 0.1 : SLIDE.height - 0.6
  const body: Box = { x: MARGIN, y: bodyTop, w: CONTENT_WIDTH, h: bodyBottom - bodyTop }
  const hasText = slide.bullets.length > 0
  const figureWidth = hasText ? CONTENT_WIDTH * 0.6 : CONTENT_WIDTH
  const figure = picture ? containBox(picture, { ...body, w: figureWidth }) : null
  const bullets: Box | null = !hasText
    ? null
    : picture
      ? { x: MARGIN + figureWidth + 0.3, y: body.y, w: CONTENT_WIDTH - figureWidth - 0.3, h: body.h }
      : body
  return { body, figure, bullets }
}

/**
 * The .pptx file's bytes: one slide per spec slide, in order, each with its speaker notes. `pictures[i]` is the
 * figure of slide i, or null where it has none (or it could not be pictured).
 */
export async function writePptx(spec: PptxDeckSpec, pictures: readonly (PptxPicture | null)[]): Promise<Uint8Array<ArrayBuffer>> {
  const { default: PptxGenJS } = await pptxgenjs()
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = spec.title
  pptx.subject = spec.subject
  pptx.company = spec.title
  const lang = LOCALES[spec.lang]
  const text = { fontFace: FONT, color: COLOURS.text, lang, margin: 0 }

  spec.slides.forEach((slideSpec, index) => {
    const slide = pptx.addSlide()
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
        color: COLOURS.accent,
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
          fontSize: bulletFontSize(slideSpec.bullets, layout.bullets.w),
          valign: 'top',
          paraSpaceAfter: 4,
          fit: 'shrink',
        },
      )
    }
    if (slideSpec.footnotes.length > 0) {
      slide.addText(slideSpec.footnotes.join('\n'), {
        ...text,
        x: MARGIN,
        y: FOOT_TOP,
        w: CONTENT_WIDTH - 0.8,
        h: FOOT_HEIGHT,
        fontSize: slideSpec.footnotes.length > 4 ? 7 : 9,
        color: COLOURS.muted,
        valign: 'bottom',
        fit: 'shrink',
      })
    }
    slide.slideNumber = { x: SLIDE.width - MARGIN - 0.6, y: SLIDE.height - 0.45, w: 0.6, h: 0.3, fontSize: 10 }
    slide.addNotes(slideSpec.notes)
  })

  const bytes = await pptx.write({ outputType: 'uint8array', compression: true })
  if (!(bytes instanceof Uint8Array)) throw new Error('the presentation was not written as bytes')
  // A copy on a plain ArrayBuffer, which a Blob takes.
  return new Uint8Array(bytes)
}
