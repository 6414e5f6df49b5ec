import { expect, test, type Locator, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

const frame = (page: Page, name: string) => page.getByRole('region', { name, exact: true })
const statusFrame = (page: Page) => frame(page, 'Status breakdown')
const legendEntry = (page: Page, label: string) =>
  statusFrame(page).getByRole('button', {
    name: new RegExp(`^${label.replace(/[()]/g, '\\$&')} \\d+\\s*, show them on the board$`),
  })
const boardSummary = (page: Page) => page.getByRole('region', { name: 'Status board' }).getByRole('status')

async function showAsTable(region: Locator) {
  await region.getByRole('button', { name: 'Show as table' }).click()
  await expect(region.getByRole('button', { name: 'Show as table' })).toHaveAttribute('aria-pressed', 'true')
}

test.describe('charts', () => {
  test('a mark on the progress chart opens the figure it draws, with who reported it and its sources', async ({
    page,
  }) => {
    await page.goto('/?view=charts&asOf=2019-12-31')
    const progress = frame(page, 'Reported progress: roadmaps and programmes')
    // A mark has no role of its own (the chart's table lists every figure for the keyboard); it is found by its claim.
    await progress.locator('[data-claim-id="C05"]').first().click()
    const record = progress.getByRole('region', { name: /^The reported figure C05/ })
    await expect(record).toBeVisible()
    await expect(record.getByRole('heading')).toBeFocused()
    await expect(record.getByRole('row')).toHaveCount(2)
    await expect(record).toContainText('Kommersant (unnamed sources), as reported by Belsat')
    await expect(record.getByRole('link', { name: /^S18:/ })).toBeVisible()
    await record.getByRole('button', { name: 'Close the figure' }).click()
    await expect(record).toBeHidden()
  })

  test('moving the time slider redraws the charts and the board follows', async ({ page }) => {
    // The November reports are dated only to the month, so on 1 Nov they are not known yet: 30 maps in drafting.
    await page.goto('/?view=charts&asOf=2019-11-01')
    await expect(statusFrame(page).getByText('As of 1 Nov 2019')).toBeVisible()
    await expect(legendEntry(page, 'Drafting')).toContainText('30')

    const slider = page.getByRole('slider', { name: 'Time slider' })
    await slider.focus()
    // The slider runs to today, past the latest fact: the date is kept and the screen says the data ends earlier.
    await page.keyboard.press('End')
    await expect(page).toHaveURL(new RegExp(`asOf=${new Date().toISOString().slice(0, 10)}`))
    await expect(page.getByRole('note').filter({ hasText: 'The data holds nothing after' })).toBeVisible()
    await expect(legendEntry(page, 'Superseded')).toContainText('30')
    await expect(legendEntry(page, 'Drafting')).toHaveCount(0)

    await page.keyboard.press('Home')
    await expect(page).toHaveURL(/asOf=2019-01-01/)
    await expect(statusFrame(page).getByText('No roadmaps were listed yet on this date.')).toBeVisible()

    await page.getByRole('button', { name: /^7 Dec 2019/ }).click()
    await expect(legendEntry(page, 'Open (disputed)')).toContainText('4')
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Board' }).click()
    await expect(boardSummary(page)).toHaveText('31 of 31 roadmaps, as of 7 Dec 2019')
    await page.getByRole('slider', { name: 'Time slider' }).focus()
    await page.keyboard.press('End')
    await expect(boardSummary(page)).not.toContainText('7 Dec 2019')
    await expect(page.getByRole('region', { name: 'Status board' }).getByText('Superseded').first()).toBeVisible()
  })

  test('clicking a status segment opens the board filtered to that status', async ({ page }) => {
    await page.goto('/?view=charts&asOf=2019-12-07')
    const openSegment = statusFrame(page).locator('.recharts-bar-rectangle path[fill$="-open)"]')
    await expect(openSegment).toHaveCount(1)
    await expectNoAxeViolations(page)
    await openSegment.click()
    await expect(page).toHaveURL(/view=board/)
    await expect(page).toHaveURL(/status=open/)
    await expect(boardSummary(page)).toHaveText('4 of 31 roadmaps, as of 7 Dec 2019')
    const statuses = page.getByRole('region', { name: 'Status board' }).getByRole('table').locator('[data-status]')
    await expect(statuses).toHaveCount(4)
    for (const status of await statuses.all()) await expect(status).toHaveAttribute('data-status', 'open')
    await page.goBack()
    await expect(statusFrame(page)).toBeVisible()
    await expect(page).not.toHaveURL(/status=open/)
  })

  test('each chart’s table shows the numbers the chart draws', async ({ page }) => {
    test.slow() // four charts, each drawn twice, and an axe scan of a long page
    await page.goto('/?view=charts&asOf=2021-11-04&compare=2019-12-07')

    // Status breakdown: the legend's counts equal the table's.
    const status = statusFrame(page)
    const entries = status.getByRole('button', { name: /show them on the board$/ })
    await expect(entries.first()).toBeVisible()
    const fromChart = (await entries.allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim())
    await showAsTable(status)
    const fromTable = await status.getByRole('row').evaluateAll((rows) =>
      rows.slice(1).map((row) => {
        const [label, count] = [row.querySelector('th')?.textContent ?? '', row.querySelector('td')?.textContent ?? '']
        return `${label.trim()} ${count.trim()}, show them on the board`
      }),
    )
    expect(fromTable).toEqual(fromChart)

    // Progress: one table row per mark on the charts.
    const progress = frame(page, 'Reported progress: roadmaps and programmes')
    const marks = progress.locator('.recharts-scatter-symbol')
    await expect(marks.first()).toBeVisible()
    const markCount = await marks.count()
    await showAsTable(progress)
    await expect(progress.getByRole('row')).toHaveCount(markCount + 1)

    // Topics × status: the same cells, chart and table.
    const matrix = frame(page, 'Topics by status')
    const cells = async () =>
      matrix.getByRole('row').evaluateAll((rows) => rows.map((row) => (row.textContent ?? '').replace(/\s+/g, '')))
    const matrixChart = await cells()
    await showAsTable(matrix)
    expect(await cells()).toEqual(matrixChart)

    // Deadlines: the same deadlines with the same outcomes.
    const gantt = frame(page, 'Deadlines and what became of them')
    const outcomes = (
      await gantt
        .locator('.gantt__row')
        .evaluateAll((rows) =>
          rows.map(
            (row) =>
              `${row.querySelector('.gantt__title')?.textContent} ${row.querySelector('[data-outcome]')?.getAttribute('data-outcome')}`,
          ),
        )
    ).sort()
    await showAsTable(gantt)
    const tableOutcomes = (
      await gantt
        .getByRole('row')
        .evaluateAll((rows) =>
          rows
            .slice(1)
            .map(
              (row) =>
                `${row.querySelector('th')?.textContent} ${row.querySelector('[data-outcome]')?.getAttribute('data-outcome')}`,
            ),
        )
    ).sort()
    expect(tableOutcomes).toEqual(outcomes)
    expect(outcomes.length).toBeGreaterThan(10)

    // What changed between the two dates is listed too.
    await expect(frame(page, 'What changed between 7 Dec 2019 and 4 Nov 2021')).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('a progress point names its claimant and source on hover', async ({ page }) => {
    await page.goto('/?view=charts&asOf=2019-12-07')
    const progress = frame(page, 'Reported progress: roadmaps and programmes')
    const marks = progress.locator('.recharts-scatter-symbol')
    await expect(marks.first()).toBeVisible()
    await marks.last().hover()
    const tooltip = progress.locator('.chart-tooltip--claim')
    await expect(tooltip).toBeVisible()
    await expect(tooltip).toContainText('claimed by')
    await expect(tooltip).toContainText('Sources:')
  })

  test('reads on a phone in dark mode: no sideways page scroll, deadlines scroll in their frame', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('/?view=charts&asOf=2021-11-04')
    await expect(
      frame(page, 'Reported progress: roadmaps and programmes').locator('.recharts-scatter-symbol').first(),
    ).toBeVisible()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    const gantt = frame(page, 'Deadlines and what became of them').locator('.gantt')
    expect(await gantt.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true)
    await expectNoAxeViolations(page)
  })

  test('on a phone the comparison’s changes-by-kind table fits without scrolling sideways, in both languages', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    for (const [lang, name] of [
      ['en', 'Status changes by kind'],
      ['ru', 'Смены статуса по видам'],
    ]) {
      await page.goto(`/?view=charts&asOf=2021-11-04&compare=2019-09-06&lang=${lang}`)
      const table = page.getByRole('table', { name })
      await expect(table).toBeVisible()
      const frameOverflow = await table.evaluate((element) => {
        const frame = element.parentElement
        return frame ? frame.scrollWidth - frame.clientWidth : Number.NaN
      })
      expect(frameOverflow, lang).toBeLessThanOrEqual(0)
    }
  })

  test('the first screen loads no chart of the charts view, only the overview’s headline chart', async ({ page }) => {
    const chartChunks: string[] = []
    page.on('request', (request) => {
      if (/status-bar-chart[^/]*\.js$/.test(request.url())) chartChunks.push(request.url())
    })
    await page.goto('/')
    await expect(page.getByRole('heading', { name: 'What happened, in numbers' })).toBeVisible()
    await expect(page.getByRole('button', { name: /^Turning point 1:/ })).toBeVisible()
    expect(chartChunks).toEqual([])
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Charts' }).click()
    await expect(
      frame(page, 'Reported progress: roadmaps and programmes').locator('.recharts-scatter-symbol').first(),
    ).toBeVisible()
    expect(chartChunks.length).toBeGreaterThan(0)
  })
})
