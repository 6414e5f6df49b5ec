// The accessibility sweep: axe finds no violation on any view or state, in each theme. Other journeys scan the
// states they reach; this one reaches every state on purpose, so a new colour token or a new control cannot slip
// through in a theme nobody looked at.
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { breakSavedDataset, firstOf, realDataset, recordsOf, upload } from './dataset-file'

const THEMES = ['light', 'dark', 'contrast'] as const
type Theme = (typeof THEMES)[number]

/** A date on which every view has plenty to show: statuses, disputes, passed and coming deadlines. */
const AS_OF = 'asOf=2019-12-31'

/** The line that holds a chart's place while its code loads. */
const chartLoading = (page: Page) => page.getByRole('status').filter({ hasText: 'Drawing the chart…' })

/** Opens a view and waits until it is drawn: its heading is there and nothing is loading or busy. */
async function open(page: Page, query: string, theme: Theme): Promise<void> {
  await page.goto(`/?${query}&theme=${theme}`)
  await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
  await expect(chartLoading(page)).toHaveCount(0)
}

const board = (page: Page) => page.getByRole('region', { name: 'Status board' })

for (const theme of THEMES) {
  test.describe(`accessibility in the ${theme} theme`, () => {
    test('overview, with a notice about an ignored link setting', async ({ page }) => {
      await open(page, 'topic=no-such-topic', theme)
      await expect(page.getByRole('list', { name: 'What happened, in numbers' })).toBeVisible()
      await expect(page.getByText(/no-such-topic/)).toBeVisible()
      await expectNoAxeViolations(page)
    })

    test('board as a table, in columns, and with an item open', async ({ page }) => {
      await open(page, `view=board&layout=table&${AS_OF}`, theme)
      await expect(board(page).getByRole('table')).toBeVisible()
      await expectNoAxeViolations(page)

      await board(page).getByRole('button', { name: 'Columns' }).click()
      await expect(board(page).getByRole('table')).toHaveCount(0)
      await expect(board(page).getByRole('heading', { level: 3 }).first()).toBeVisible()
      await expectNoAxeViolations(page)

      await board(page).getByRole('button', { name: 'Gas (common gas market)' }).first().click()
      const detail = page.getByRole('dialog', { name: 'Gas (common gas market)' })
      await expect(detail).toBeVisible()
      await expect(detail.getByRole('heading', { name: 'Claims that do not add up' })).toBeVisible()
      await expectNoAxeViolations(page)
    })

    test('board filters open on a phone, with filters on and nothing matching', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 })
      await open(page, `view=board&topic=gas&status=completed&${AS_OF}`, theme)
      await expect(board(page).getByText(/No roadmaps match/i)).toBeVisible()
      await expectNoAxeViolations(page)

      await board(page).getByRole('button', { name: 'Filters (2 active)' }).click()
      const sheet = page.getByRole('dialog', { name: 'Filters' })
      await expect(sheet).toBeVisible()
      await expect(sheet.getByRole('checkbox', { name: /^Gas, / })).toBeChecked()
      await expectNoAxeViolations(page)
    })

    test('every chart, then every chart as a table, with a comparison date', async ({ page }) => {
      // Two axe scans of the largest view take 17–26 s on a quiet 2-core machine: close to the default 30 s.
      test.slow()
      await open(page, `view=charts&asOf=2021-11-04&compare=2019-12-07`, theme)
      const toggles = page.getByRole('button', { name: 'Show as table' })
      // The chart frames arrive with lazily loaded code: count them once they are there.
      await expect(toggles.first()).toBeVisible()
      const charts = await toggles.count()
      expect(charts).toBeGreaterThanOrEqual(4)
      // recharts draws each chart as an svg with role "application", named by the chart's title.
      await expect(page.getByRole('application', { name: 'Status breakdown' })).toBeVisible()
      await expect(page.getByRole('heading', { name: /^What changed/ })).toBeVisible()
      await expectNoAxeViolations(page)

      for (let index = 0; index < charts; index++) await toggles.nth(index).click()
      await expect(page.getByRole('button', { name: 'Show as table', pressed: true })).toHaveCount(charts)
      await expect(page.getByRole('application')).toHaveCount(0)
      await expectNoAxeViolations(page)
    })

    test('timeline, whole and zoomed to a year', async ({ page }) => {
      await open(page, `view=timeline&${AS_OF}`, theme)
      await expect(page.getByRole('heading', { level: 4 }).first()).toBeVisible()
      await expectNoAxeViolations(page)

      const year = page.getByRole('list', { name: /Events per year/ }).getByRole('button', { name: /^2019/ })
      await year.click()
      await expect(year).toHaveAttribute('aria-pressed', 'true')
      await expectNoAxeViolations(page)
    })

    test('briefing, every slide', async ({ page }) => {
      test.setTimeout(360_000) // a scan per slide, and the deck has a dozen
      await open(page, `view=briefing&${AS_OF}&compare=2019-11-01`, theme)
      const counter = page.getByText(/^Slide \d+ of \d+$/)
      await expect(counter).toHaveText(/^Slide 1 of \d+$/)
      const total = Number(/(\d+)$/.exec((await counter.textContent()) ?? '')?.[1])
      expect(total).toBeGreaterThan(5)
      await expectNoAxeViolations(page)
      for (let slide = 2; slide <= total; slide++) {
        await page.getByRole('button', { name: /Next slide/ }).click()
        await expect(counter).toHaveText(`Slide ${slide} of ${total}`)
        await expect(chartLoading(page)).toHaveCount(0)
        // Colours are judged on the slide as it rests, not halfway through its fade-in.
        await page
          .getByRole('region', { name: new RegExp(`^Slide ${slide} of ${total}: `) })
          .evaluate((slide) =>
            Promise.all(slide.getAnimations({ subtree: true }).map((animation) => animation.finished)),
          )
        await expectNoAxeViolations(page)
      }
    })

    test('methodology, and the "Your own data" dialog', async ({ page }) => {
      await open(page, 'view=methodology', theme)
      await expect(page.getByRole('heading', { name: /^Sources \(\d+\)$/ })).toBeVisible()
      await expectNoAxeViolations(page)

      await page.getByRole('button', { name: 'Your own data' }).click()
      await expect(page.getByRole('dialog', { name: 'Your own dataset' })).toBeVisible()
      await expectNoAxeViolations(page)
    })

    test('the data error screen', async ({ page }) => {
      await open(page, 'view=overview', theme)
      await page.getByRole('button', { name: 'Your own data' }).click()
      const dialog = page.getByRole('dialog', { name: 'Your own dataset' })
      const broken = realDataset((json) => {
        const events = recordsOf(json, 'events.json')
        events.push({ ...firstOf(json, 'events.json') })
      })
      await dialog.getByLabel('Choose a JSON file').setInputFiles(upload('broken.json', broken))
      await expect(dialog.getByRole('alert').getByRole('heading', { name: 'broken.json was not loaded' })).toBeVisible()
      await expectNoAxeViolations(page)

      // A saved dataset that no longer passes the checks: the whole page becomes the error screen.
      await dialog.getByLabel('Choose a JSON file').setInputFiles(upload('saved.json', realDataset()))
      await expect(dialog.getByRole('status')).toContainText('kept in this browser')
      await page.evaluate(breakSavedDataset)
      await page.reload()
      await expect(page.getByRole('heading', { name: 'The data could not be loaded' })).toBeVisible()
      await expect(page.getByRole('button', { name: 'Revert to bundled data' })).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      await expectNoAxeViolations(page)
    })
  })
}
