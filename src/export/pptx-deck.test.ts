import { strFromU8, unzipSync } from 'fflate'
import { bulletFontSize, containBox, slideLayout, writePptx, type PptxDeckSpec, type PptxSlideSpec } from './pptx-deck'

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
  footnotes: [],
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
      footnotes: ['[1] Правительство России. «Заявление» (6 декабря 2019 г.).'],
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
    expect(strFromU8(files['ppt/slides/slide1.xml'] ?? new Uint8Array())).not.toContain('<p:pic>')
    expect(strFromU8(files['ppt/notesSlides/notesSlide1.xml'] ?? new Uint8Array())).toContain('Говорить о сроках')
    expect(strFromU8(files['ppt/presentation.xml'] ?? new Uint8Array())).toContain('cx="12192000" cy="6858000"')
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

  it('sets long lists in smaller type', () => {
    const short = bulletFontSize(['Agreed: 12'], 12)
    const long = bulletFontSize(
      Array.from({ length: 14 }, () => 'x'.repeat(160)),
      12,
    )
    expect(long).toBeLessThan(short)
  })
})
