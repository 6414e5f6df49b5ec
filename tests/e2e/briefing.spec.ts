import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

const counter = (page: Page) => page.locator('.deck__counter')
const currentSlide = (page: Page) => page.locator('.slide[data-current="true"]')

async function slideCount(page: Page): Promise<number> {
  const text = (await counter(page).textContent()) ?? ''
  const total = Number(/(\d+)\s*$/.exec(text)?.[1])
  expect(total).toBeGreaterThan(1)
  return total
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']

/** The written dates in a text ("8 Dec 2019", "Dec 2019") as ISO days, a month as its first day. */
function writtenDates(text: string): string[] {
  return [...text.matchAll(/(?:(\d{1,2}) )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Oct|Nov|Dec) (\d{4})/g)].map(
    ([, day = '1', month = '', year = '']) =>
      `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`,
  )
}

test.describe('briefing mode', () => {
  test('opens the default story from the Briefing link and steps through every slide with the keyboard', async ({
    page,
  }) => {
    // An axe scan on every slide of the story.
    test.slow()
    await page.goto('/?view=board&topic=gas,oil&asOf=2019-12-10')
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Briefing' }).click()
    const deck = page.getByRole('region', { name: 'Briefing slides' })
    await expect(deck).toBeVisible()
    await expect(page).toHaveURL(/view=briefing/)

    const title = currentSlide(page)
    await expect(
      title.getByRole('heading', { level: 3, name: 'Why the 2019 integration package stalled, and what came of it' }),
    ).toBeVisible()
    await expect(title.getByText('16 Sept 2019 to 27 Feb 2026')).toBeVisible()
    await expectNoAxeViolations(page)

    const total = await slideCount(page)
    const keys = ['PageDown', 'ArrowRight', 'Space']
    const seen: string[] = []
    for (let n = 2; n <= total; n++) {
      await page.keyboard.press(keys[n % keys.length] ?? 'PageDown')
      await expect(counter(page)).toHaveText(`Slide ${n} of ${total}`)
      await expect(page).toHaveURL(new RegExp(`slide=${n}\\b`))
      const heading = currentSlide(page).getByRole('heading', { level: 3 })
      await expect(heading).toBeVisible()
      seen.push((await heading.textContent()) ?? '')
      await expectNoAxeViolations(page)
    }
    expect(seen).toEqual([
      'Where the items stand, 16 Sept 2019',
      'Where the items stand, 2 Dec 2019',
      'Deadlines on 8 Dec 2019',
      'Deadlines on 8 Dec 2019 (continued)',
      'What changed from 2 Dec 2019 to 31 Dec 2019',
      'Where the items stand, 5 Nov 2021',
      'Reported progress up to 27 Feb 2026',
      'Sources',
      'Sources (continued)',
      'Sources (continued)',
    ])

    // Past the end nothing moves; PageUp, Home and End work as on a clicker.
    await page.keyboard.press('PageDown')
    await expect(counter(page)).toHaveText(`Slide ${total} of ${total}`)
    await page.keyboard.press('PageUp')
    await expect(counter(page)).toHaveText(`Slide ${total - 1} of ${total}`)
    await page.keyboard.press('Home')
    await expect(counter(page)).toHaveText(`Slide 1 of ${total}`)
    await page.keyboard.press('End')
    await expect(counter(page)).toHaveText(`Slide ${total} of ${total}`)
  })

  test('each slide speaks for its own date: nothing it dates or cites is later', async ({ page }) => {
    await page.goto('/?view=briefing')
    await expect(counter(page)).toHaveText(/^Slide 1 of \d+$/)
    const status = page.locator('.slide--status').nth(1)
    await expect(status.getByText(/^Reported on ~?29 Nov 2019: 11 of 31 open/)).toBeAttached()

    // Every date a slide gives for a claim, a position, a reported step or a source (its footnotes) is on or
    // before the slide's date; a deadline's own due date is a promise known then, so it is left aside.
    const steps = page.locator('.slide:not(.slide--title):not(.slide--sources)')
    const count = await steps.count()
    // Six steps; the deadlines one runs on to a slide of its own.
    expect(count).toBe(7)
    let checked = 0
    for (let index = 0; index < count; index++) {
      const slide = steps.nth(index)
      const heading = (await slide.locator('.slide__title').textContent()) ?? ''
      const date = writtenDates(heading).at(-1) ?? ''
      expect(date).not.toBe('')
      const texts = (
        await slide
          .locator('.source-entry, .position__who, .reported-totals__lines li, .deadline-steps li')
          .allTextContents()
      ).filter((text) => !text.includes('not yet due'))
      checked += texts.length
      expect(texts.filter((text) => writtenDates(text).some((written) => written > date))).toEqual([])
    }
    // Footnotes give numbers only now; the dated claims, positions and steps are what is left to check.
    expect(checked).toBeGreaterThan(5)
  })

  test('a link opens on the slide it names; the buttons move and announce the slide', async ({ page }) => {
    await page.goto('/?view=briefing&slide=3')
    await expect(counter(page)).toHaveText(/^Slide 3 of \d+$/)
    await page.getByRole('button', { name: /Next slide/ }).click()
    await expect(counter(page)).toHaveText(/^Slide 4 of \d+$/)
    await expect(page.locator('[aria-live="polite"]').filter({ hasText: /^Slide 4 of \d+: / })).toHaveCount(1)
    await page.getByRole('button', { name: /Previous slide/ }).click()
    await expect(counter(page)).toHaveText(/^Slide 3 of \d+$/)
    await page.reload()
    await expect(counter(page)).toHaveText(/^Slide 3 of \d+$/)
  })

  test('goes full screen from the button and the F key', async ({ page }) => {
    await page.goto('/?view=briefing&asOf=2019-12-10')
    await expect(counter(page)).toHaveText(/^Slide 1 of \d+$/)
    await page.getByRole('button', { name: 'Full screen' }).click()
    await expect(page.getByRole('button', { name: 'Leave full screen' })).toBeVisible()
    expect(await page.evaluate(() => document.fullscreenElement?.classList.contains('deck'))).toBe(true)
    await page.keyboard.press('PageDown')
    await expect(counter(page)).toHaveText(/^Slide 2 of \d+$/)
    await page.getByRole('button', { name: 'Leave full screen' }).click()
    await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible()
    await page.locator('body').press('f')
    await expect(page.getByRole('button', { name: 'Leave full screen' })).toBeVisible()
  })

  test('has no transitions when the reader asks for reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.goto('/?view=briefing&asOf=2019-12-10')
    await expect(counter(page)).toHaveText(/^Slide 1 of \d+$/)
    await page.keyboard.press('PageDown')
    await expect(counter(page)).toHaveText(/^Slide 2 of \d+$/)
    expect(await currentSlide(page).evaluate((slide) => getComputedStyle(slide).animationName)).toBe('none')
  })

  test('stacks on a phone, in Russian, with Russian labels', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/?view=briefing&lang=ru')
    await expect(page.getByRole('region', { name: 'Слайды брифинга' })).toBeVisible()
    await expect(counter(page)).toHaveText(/^Слайд 1 из \d+$/)
    await expect(
      currentSlide(page).getByRole('heading', {
        level: 3,
        name: 'Почему застопорился интеграционный пакет 2019 года и что из него вышло',
      }),
    ).toBeVisible()
    await page.getByRole('button', { name: /Следующий слайд/ }).click()
    await page.getByRole('button', { name: /Следующий слайд/ }).click()
    await expect(currentSlide(page).getByRole('heading', { level: 3 })).toHaveText('Статус пунктов на 2 дек. 2019 г.')
    await expect(currentSlide(page).getByText(/^Семашко: 11 из 31 карты не согласованы/)).toBeVisible()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await expectNoAxeViolations(page)
  })
})
