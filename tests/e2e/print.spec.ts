// Printing keeps everything: each view's PDF, as the browser lays it out for paper, is read back as text and must
// hold every row, every slide's last line and every chart's key that the page shows.
import { expect, test, type Page } from '@playwright/test'
import { extractText, getDocumentProxy } from 'unpdf'

/** One space for any run of white space: a PDF breaks lines where the page wraps them. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim()
/** No white space at all, to find a text wherever the page wrapped it (a long address wraps without a space). */
const squash = (text: string) => text.replace(/\s+/g, '')

/** The page printed as the browser would (page.pdf fires beforeprint and afterprint), read back as its pages' text. */
async function printedPages(page: Page): Promise<string[]> {
  // A4, the narrower of the usual papers; a page that sets its own size (the deck's landscape) keeps it.
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true })
  await test.info().attach('printed.pdf', { body: pdf, contentType: 'application/pdf' })
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false })
  return text.map(flat)
}

const printedText = async (page: Page) => (await printedPages(page)).join(' ')

const ids = (text: string, prefix: string) => [...new Set(text.match(new RegExp(`\\b${prefix}\\d{2}\\b`, 'g')))].sort()
const numbered = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix}${String(index + 1).padStart(2, '0')}`)

const summary = (page: Page) => page.getByRole('region', { name: 'Status board' }).getByRole('status')

test.describe('printing keeps everything', () => {
  for (const layout of ['table', 'columns']) {
    // The board lists one set at a time: the 31 roadmaps and the 28 programmes are the 59 items.
    test(`the board in ${layout} prints all 31 roadmaps and all 28 programmes`, async ({ page }) => {
      await page.goto(`/?view=board&layout=${layout}`)
      await expect(summary(page)).toContainText('31 of 31 roadmaps')
      expect(ids(await printedText(page), 'RM')).toEqual(numbered('RM', 31))

      await page.goto(`/?view=board&layout=${layout}&set=programmes`)
      await expect(summary(page)).toContainText('28 of 28 union programmes')
      expect(ids(await printedText(page), 'UP')).toEqual(numbered('UP', 28))
    })
  }

  const DECK = [
    { lang: 'en', deadlines: /^Deadlines on/ },
    { lang: 'ru', deadlines: /^Сроки на/ },
  ] as const
  for (const { lang, deadlines: deadlinesGroup } of DECK) {
    test(`the deck (${lang}) prints each slide on exactly one page, down to its last line`, async ({ page }) => {
      await page.goto(`/?view=briefing&lang=${lang}`)
      const slides = page.locator('[aria-roledescription="slide"]')
      await expect(slides.first()).toBeVisible()
      // Read from the page as laid out for paper, where every slide shows: its title and the last line of its body.
      await page.emulateMedia({ media: 'print' })
      const expected = await slides.evaluateAll((sections) =>
        sections.map((section) => {
          const lines = section.querySelector<HTMLElement>('[role="group"]')?.innerText.split('\n') ?? []
          return {
            title: section.querySelector('h3')?.textContent ?? '',
            lastLine: lines.filter((line) => line.trim() !== '').at(-1) ?? '',
          }
        }),
      )
      // Every deadline the deadlines slides list (a long chart continues on a slide of its own), by its title.
      const deadlines = await page.getByRole('group', { name: deadlinesGroup }).getByRole('listitem').allInnerTexts()
      expect(deadlines.length).toBeGreaterThan(0)

      const pages = (await printedPages(page)).map(squash)
      // One page per slide: a slide that did not fit would run on to a page of its own and shift every later one.
      expect(pages).toHaveLength(expected.length)
      expected.forEach(({ title, lastLine }, index) => {
        const own = pages[index] ?? ''
        expect(own.slice(0, 300), `slide ${index + 1} starts its page`).toContain(squash(title))
        expect(own, `slide ${index + 1} ends on its page`).toContain(squash(lastLine))
      })
      const all = pages.join('')
      for (const deadline of deadlines) expect(all).toContain(squash(deadline.split('\n')[0] ?? ''))
    })
  }

  test('a chart prints whole, with its key', async ({ page }) => {
    await page.goto('/?view=charts')
    const progress = page.getByRole('region', { name: 'Reported progress: roadmaps and programmes' })
    // The chart's key (a symbol and a label for each kind of mark) and the key to its numbered events, each event
    // up to its source references (whose "Sources:" is read out, not printed).
    const keys = progress.getByRole('listitem')
    await expect(keys.filter({ hasText: 'Roadmaps agreed' })).toBeVisible()
    const labels = (await keys.allInnerTexts()).map((label) => squash(label.split('Sources:')[0] ?? ''))
    expect(labels).toContain(squash('Key event (numbered below)'))
    expect(labels).toContain(squash('7 Dec 2019 Sochi summit ends without a deal; 8 of 31 roadmaps still open'))

    const text = squash(await printedText(page))
    for (const label of labels) expect(text).toContain(label)
  })

  test('the timeline prints every event it lists', async ({ page }) => {
    await page.goto('/?view=timeline')
    const events = page.getByRole('region', { name: 'Timeline' }).getByRole('heading', { level: 4 })
    await expect(events.first()).toBeVisible()
    const titles = (await events.allInnerTexts()).map(squash)
    expect(titles.length).toBeGreaterThan(50)
    const text = squash(await printedText(page))
    for (const title of titles) expect(text).toContain(title)
  })
})
