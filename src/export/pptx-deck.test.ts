import { strFromU8, unzipSync } from 'fflate'
import {
  bulletFontSize,
  containBox,
  footnoteLayout,
  hexColour,
  slideLayout,
  writePptx,
  type PptxDeckSpec,
  type PptxSlideSpec,
} from './pptx-deck'

// A 1×1 PNG: the writer embeds whatever picture it is given.
const DOT = {
  dataUrl:
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  width: 800,
  height: 200,
}

const slide = (overrides: Partial<PptxSlideSpec>): PptxSlideSpec => ({
  title: 'Where the items stand',
  takeaway: null,
  hasFigure: false,
  bullets: [],
  footnote: null,
  notes: 'Sources: none',
  ...overrides,
})

const spec: PptxDeckSpec = {
  title: 'Union State Roadmap Tracker',
  subject: 'Briefing',
  lang: 'ru',
  slides: [
    slide({ title: 'Трекер', bullets: ['Статусы на 1 декабря 2019 г.'], notes: 'Говорить о сроках' }),
    slide({
      title: 'Статус пунктов',
      takeaway: 'Одиннадцать карт не согласованы',
      hasFigure: true,
      bullets: ['Не согласовано: 11 — RM01, RM02'],
      footnote: 'Источники: 1',
      notes: 'Заметки докладчика',
    }),
    slide({ title: 'Источники', bullets: ['[1] Правительство России. «Заявление» (6 декабря 2019 г.).'] }),
  ],
}

describe('the PowerPoint writer', () => {
  it('writes a package with one slide and one notes page per spec slide, in order', async () => {
    const files = unzipSync(await writePptx(spec, [null, DOT, null]))
    const contentTypes = strFromU8(files['[Content_Types].xml'] ?? new Uint8Array())
    for (const number of [1, 2, 3]) {
      expect(files[`ppt/slides/slide${number}.xml`], `slide ${number}`).toBeDefined()
      expect(files[`ppt/notesSlides/notesSlide${number}.xml`], `notes ${number}`).toBeDefined()
      expect(contentTypes).toContain(`/ppt/slides/slide${number}.xml`)
    }
    expect(files['ppt/slides/slide4.xml']).toBeUndefined()
    const second = strFromU8(files['ppt/slides/slide2.xml'] ?? new Uint8Array())
    expect(second).toContain('Статус пунктов')
    expect(second).toContain('Одиннадцать карт не согласованы')
    expect(second).toContain('<p:pic>')
    expect(second).toContain('lang="ru-RU"')
    expect(second).toContain('Источники: 1</a:t>')
    expect(strFromU8(files['ppt/slides/slide1.xml'] ?? new Uint8Array())).not.toContain('<p:pic>')
    expect(strFromU8(files['ppt/notesSlides/notesSlide1.xml'] ?? new Uint8Array())).toContain('Говорить о сроках')
    expect(strFromU8(files['ppt/presentation.xml'] ?? new Uint8Array())).toContain('cx="12192000" cy="6858000"')
  })

  it('paints the slides in the palette it is given', async () => {
    const palette = { background: '12151B', text: 'E8EBF0', muted: 'A9B1BD', accent: '8CC4FF' }
    const files = unzipSync(await writePptx(spec, [null, DOT, null], palette))
    const second = strFromU8(files['ppt/slides/slide2.xml'] ?? new Uint8Array())
    expect(second).toContain('<a:srgbClr val="12151B"')
    expect(second).toContain('<a:srgbClr val="8CC4FF"')
  })
})

describe('the slide layout', () => {
  it('fits a picture inside its box without stretching it, centred', () => {
    expect(containBox({ width: 400, height: 100 }, { x: 0, y: 0, w: 8, h: 4 })).toEqual({ x: 0, y: 1, w: 8, h: 2 })
    expect(containBox({ width: 100, height: 100 }, { x: 1, y: 0, w: 8, h: 4 })).toEqual({ x: 3, y: 0, w: 4, h: 4 })
  })

  it('puts the bullets beside a figure, and across the slide without one', () => {
    const withFigure = slideLayout(slide({ bullets: ['a'], hasFigure: true }), DOT)
    const figure = withFigure.figure ?? { x: 0, w: 0 }
    const bullets = withFigure.bullets ?? { x: 0 }
    expect(bullets.x).toBeGreaterThan(figure.x + figure.w)
    expect(slideLayout(slide({ bullets: ['a'] }), null).bullets?.w).toBeCloseTo(12.333)
    expect(slideLayout(slide({ bullets: [] }), null).bullets).toBeNull()
  })

  it('sets long lists, and lists in small boxes, in smaller type', () => {
    const box = { w: 12.333, h: 4.9 }
    const long = Array.from({ length: 14 }, () => 'x'.repeat(160))
    expect(bulletFontSize(['Agreed: 12'], box)).toBe(18)
    expect(bulletFontSize(long, box)).toBeLessThan(14)
    const four = long.slice(0, 4)
    expect(bulletFontSize(four, { w: 4.7, h: 4.9 })).toBeLessThan(bulletFontSize(four, box))
  })

  it('gives the footnote a line’s box above the slide’s foot, a taller one if it wraps, and the body the rest', () => {
    const short = footnoteLayout('Sources: 1, 2, 4–8')
    const long = footnoteLayout(`Sources: ${Array.from({ length: 80 }, (_, index) => 3 * index).join(', ')}`)
    expect(footnoteLayout(null)).toBeNull()
    expect(short?.box.h).toBeLessThan(0.25)
    expect(long?.box.h).toBeGreaterThan(short?.box.h ?? Infinity)
    expect((short?.box.y ?? 0) + (short?.box.h ?? 0)).toBeCloseTo(7.25)
    const body = slideLayout(slide({ footnote: 'Sources: 1, 2, 4–8' }), null).body
    expect(body.y + body.h).toBeLessThan(short?.box.y ?? 0)
    expect(body.h).toBeGreaterThan(5.4)
  })

  it('reads the page’s colours as PowerPoint writes them', () => {
    expect(hexColour('rgb(18, 21, 27)')).toBe('12151B')
    expect(hexColour('#8cc4ff')).toBe('8CC4FF')
    expect(hexColour('rgba(0, 0, 0, 0)')).toBeNull()
    expect(hexColour('rgb(255 255 255 / 50%)')).toBeNull()
    expect(hexColour('rgb(255 255 0)')).toBe('FFFF00')
    expect(hexColour('oklch(0.5 0.1 200)')).toBeNull()
  })
})
