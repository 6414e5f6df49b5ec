import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { expectNoAxeViolations } from './axe'
import { downloadFrom } from './downloads'

// The deck plays the data's story whatever the view's filters; the date names the downloaded file.
const DECK = '/?view=briefing&asOf=2019-12-10'

interface StoredStory {
  readonly title: { readonly en: string }
  readonly steps: readonly {
    readonly asOf: string
    readonly hidden?: boolean
    readonly notes: { readonly en: string; readonly ru: string }
  }[]
}
const [defaultStory] = JSON.parse(readFileSync('data/story.json', 'utf8')) as StoredStory[]
/** The speaker notes of the story's first step, which the deck's slide 2 shows. */
const firstNotes = defaultStory?.steps[0]?.notes ?? { en: '', ru: '' }

/** How many slides the deck has, from the slide the page opened on ("Slide 2 of 14: …"). */
async function deckTotal(page: Page): Promise<number> {
  const shown = page.getByRole('region', { name: /^Slide \d+ of \d+: / }).first()
  await expect(shown).toBeVisible()
  return Number(/of (\d+):/.exec((await shown.getAttribute('aria-label')) ?? '')?.[1])
}

test.describe('the presenter’s window', () => {
  test('shows the current and next slide, notes and a clock, and keeps in step with the deck both ways', async ({
    page,
  }) => {
    await page.goto(`${DECK}&slide=2`)
    const total = await deckTotal(page)
    expect(total).toBeGreaterThan(4)
    const [presenter] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('button', { name: 'Open the presenter view in a new window' }).click(),
    ])
    await expect(presenter).toHaveURL(/presenter=1/)
    await expect(presenter).toHaveURL(/slide=2\b/)
    await expect(presenter.getByRole('heading', { level: 1, name: 'Presenter view' })).toBeVisible()

    const now = presenter.getByRole('region', { name: `Now showing: Slide 2 of ${total}` })
    await expect(now.getByRole('heading', { level: 3 })).toHaveText(/^Where the items stand, 16 Sept 2019$/)
    const next = presenter.getByRole('region', { name: 'Next' })
    await expect(next.getByRole('region', { name: new RegExp(`^Slide 3 of ${total}: `) })).toBeVisible()
    const notes = presenter.getByRole('region', { name: 'Speaker notes' })
    await expect(notes.getByRole('paragraph')).toHaveText(firstNotes.en)

    const clock = presenter.getByRole('timer', { name: 'Time since start' })
    await expect(clock).toHaveText(/^\d\d:\d\d$/)
    await presenter.getByRole('button', { name: 'Pause timer' }).click()
    await presenter.getByRole('button', { name: 'Reset timer' }).click()
    await expect(clock).toHaveText('00:00 (paused)')
    await expect(presenter.getByRole('button', { name: 'Resume timer' })).toBeVisible()
    await expectNoAxeViolations(presenter)

    // The presenter's keys move the audience's deck, and its address.
    await presenter.keyboard.press('PageDown')
    await expect(presenter).toHaveURL(/slide=3\b/)
    await expect(page.locator('.deck__counter')).toHaveText(`Slide 3 of ${total}`)
    await expect(page).toHaveURL(/slide=3\b/)

    // The deck's keys move the presenter's window.
    await page.keyboard.press('End')
    await expect(presenter.getByRole('region', { name: `Now showing: Slide ${total} of ${total}` })).toBeVisible()
    await expect(next).toContainText('This is the last slide.')
    await expect(presenter).toHaveURL(new RegExp(`slide=${total}\\b`))

    // And the presenter's buttons too.
    await presenter.getByRole('button', { name: 'Previous slide' }).click()
    await expect(page.locator('.deck__counter')).toHaveText(`Slide ${total - 1} of ${total}`)
  })

  test('speaks Russian to a Russian reader', async ({ page }) => {
    await page.goto(`${DECK}&lang=ru&presenter=1&slide=2`)
    await expect(page.getByRole('heading', { level: 1, name: 'Режим докладчика' })).toBeVisible()
    const notes = page.getByRole('region', { name: 'Заметки докладчика' })
    await expect(notes.getByRole('paragraph')).toHaveText(firstNotes.ru)
    // The title slide has no notes, and says so.
    await page.keyboard.press('Home')
    await expect(notes).toContainText('К этому слайду заметок нет.')
    await expect(page.getByRole('button', { name: 'Остановить таймер' })).toBeVisible()
    await expectNoAxeViolations(page)
  })
})

test.describe('the presenter’s slide', () => {
  test('shows the whole of a long Russian status slide in its box, scaled rather than scrolled', async ({ page }) => {
    // A narrow window, where the slide's box is small: the second status slide has the most rows of all.
    await page.setViewportSize({ width: 1100, height: 800 })
    await page.goto(`${DECK}&lang=ru&presenter=1&slide=3`)
    const now = page.getByRole('region', { name: /^Сейчас на экране: Слайд 3 из/ })
    const slide = now.getByRole('region', { name: /^Слайд 3 из \d+: Статус пунктов/ })
    const lastRow = slide.getByRole('row').last()
    await expect(lastRow).toBeVisible()
    const body = slide.getByRole('group')
    // Nothing to scroll to, and the last row and the slide's foot inside the box the presenter sees.
    expect(await body.evaluate((element) => element.scrollHeight - element.clientHeight)).toBeLessThanOrEqual(1)
    const box = await slide.boundingBox()
    const row = await lastRow.boundingBox()
    expect(box && row && row.y + row.height <= box.y + box.height).toBe(true)
    const reported = slide.getByRole('region', { name: 'Заявленный итог и статусы пунктов расходятся' })
    const note = await reported.boundingBox()
    expect(box && note && note.y + note.height <= box.y + box.height).toBe(true)
  })
})

test.describe('the deck as PowerPoint', () => {
  test('downloads a package with one slide and one notes page per deck slide, charts pictured', async ({ page }) => {
    await page.goto(DECK)
    const total = await deckTotal(page)
    // Open on the first step's status slide, so its chart is drawn, as a presenter preparing the talk has seen it.
    await page.goto(`${DECK}&slide=2`)
    await expect(page.locator('.slide[data-current="true"] .slide__takeaway')).toBeVisible()
    const { name, body } = await downloadFrom(
      page.getByRole('button', { name: 'Download the slides as PowerPoint (.pptx)' }),
    )
    // Named for the story's span, first to last step, whatever the view's date.
    const dates = (defaultStory?.steps ?? [])
      .filter((step) => !step.hidden)
      .map((step) => step.asOf)
      .sort()
    expect(name).toBe(`roadmap-tracker_briefing_${dates[0]}_${dates.at(-1)}.pptx`)
    expect(name).not.toContain('2019-12-10')
    const files = unzipSync(new Uint8Array(body))
    const read = (path: string) => strFromU8(files[path] ?? new Uint8Array())
    const slides = Object.keys(files).filter((path) => /^ppt\/slides\/slide\d+\.xml$/.test(path))
    const notes = Object.keys(files).filter((path) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(path))
    expect(slides).toHaveLength(total)
    expect(notes).toHaveLength(total)
    const contentTypes = read('[Content_Types].xml')
    for (let n = 1; n <= total; n++) {
      expect(contentTypes).toContain(`PartName="/ppt/slides/slide${n}.xml"`)
      expect(contentTypes).toContain(`PartName="/ppt/notesSlides/notesSlide${n}.xml"`)
      expect(read(`ppt/slides/_rels/slide${n}.xml.rels`)).toContain(`notesSlide${n}.xml`)
    }
    expect(read('ppt/slides/slide1.xml')).toContain(defaultStory?.title.en)
    // The title slide's link opens the deck at its start, whichever slide was shown when downloading.
    expect(read('ppt/slides/slide1.xml')).toMatch(/This deck online: [^<]*view=briefing/)
    expect(read('ppt/slides/slide1.xml')).not.toMatch(/This deck online: [^<]*slide=/)
    const statusXml = slides.map(read).find((xml) => xml.includes('Where the items stand'))
    expect(statusXml).toContain('<p:pic>')
    const progressXml = slides.map(read).find((xml) => xml.includes('Reported progress up to'))
    expect(progressXml).toContain('<p:pic>')
    // Its dozens of sources as numbers only, one short line: the references are on the sources slides.
    expect(progressXml).toMatch(/>Sources: \d+[\d, –]*<\/a:t>/)
    expect(progressXml).not.toMatch(/\[\d+\] /)
    expect(read('ppt/notesSlides/notesSlide2.xml')).toContain(firstNotes.en)
    expect(read('ppt/notesSlides/notesSlide2.xml')).toContain('Sources of this slide')
    await expect(page.getByText(`Downloaded: ${name}`)).toBeVisible()
  })
})

test.describe('the deck in full screen', () => {
  test('shows only the slide once the pointer is still; a move brings the controls back, a clicker’s key does not', async ({
    page,
  }) => {
    await page.goto(`${DECK}&slide=2`)
    await expect(page.locator('.deck__counter')).toHaveText(/^Slide 2 of/)
    await page.getByRole('button', { name: 'Full screen' }).click()
    await expect(page.getByRole('button', { name: 'Leave full screen' })).toBeAttached()
    const controls = page.locator('.deck__controls')
    await expect(controls).toHaveCSS('opacity', '0')
    await page.keyboard.press('PageDown')
    await expect(page.locator('.deck__counter')).toHaveText(/^Slide 3 of/)
    await expect(controls).toHaveCSS('opacity', '0')
    await page.mouse.move(200, 200)
    await page.mouse.move(220, 240)
    await expect(controls).toHaveCSS('opacity', '1')
  })
})
