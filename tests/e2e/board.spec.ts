import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

const board = (page: Page) => page.getByRole('region', { name: 'Status board' })
const table = (page: Page) => board(page).getByRole('table')
const summary = (page: Page) => board(page).getByRole('status')
const itemTitles = (page: Page) => table(page).getByRole('rowheader')

test.describe('status board', () => {
  test('a shared link shows only gas items with their December 2019 status, and its sources', async ({ page }) => {
    await page.goto('/?view=board&topic=gas&asOf=2019-12-01')
    await expect(summary(page)).toHaveText('1 of 31 roadmaps, as of 1 Dec 2019')
    await expect(itemTitles(page)).toHaveText(['Gas (common gas market)'])
    const row = table(page).getByRole('row', { name: /Gas \(common gas market\)/ })
    await expect(row.getByText('Open (disputed)')).toBeVisible()
    await expect(row.getByText('by Sergei Rumas')).toBeVisible()
    await expect(row.getByRole('link', { name: /^S16:/ })).toHaveAttribute('href', /^https:\/\//)
    await expect(page.getByRole('checkbox', { name: /^Gas, 1 result/ })).toBeChecked()
    await expect(table(page)).toHaveAttribute('aria-rowcount', '2')
    await expectNoAxeViolations(page)
  })

  test('finds Semashko’s claims by any spelling of his name', async ({ page }) => {
    await page.goto('/?view=board')
    const search = page.getByRole('combobox', { name: 'Search', exact: true })
    await search.fill('Syamashka')
    await expect(page).toHaveURL(/q=Syamashka/)
    await expect(itemTitles(page)).toContainText(['Gas (common gas market)', 'Electricity (single electricity market)'])
    const found = await summary(page).textContent()
    for (const spelling of ['Семашко', 'semashko']) {
      await search.fill(spelling)
      await expect(summary(page)).toHaveText(found ?? '')
    }
    // The header's results close, so they no longer cover the board.
    await search.press('Escape')
    await page.getByRole('button', { name: 'Electricity (single electricity market)' }).click()
    const detail = page.getByRole('dialog', { name: 'Electricity (single electricity market)' })
    await expect(detail.getByText('by Vladimir Semashko, Belarus ambassador to Russia').first()).toBeVisible()
  })

  test('opens an item, reads its sources, closes with Escape, and every step survives a reload', async ({ page }) => {
    await page.goto('/?view=board&asOf=2019-12-31')
    const opener = page.getByRole('button', { name: 'Gas (common gas market)' })
    await opener.click()
    const detail = page.getByRole('dialog', { name: 'Gas (common gas market)' })
    await expect(detail).toBeVisible()
    await expect(page).toHaveURL(/item=RM03/)

    // Its sources, as links; the seed article is named by its file.
    const sources = detail.getByRole('list', { name: 'Sources' })
    await expect(
      sources.getByRole('link', { name: 'Lukašenka, Putin fail to resolve key differences at St. Petersburg talks' }),
    ).toHaveAttribute('href', /^https:\/\/naviny\.by\//)
    await expect(sources.getByText('003_c9368c48d1bef345.txt')).toBeVisible()
    // Krutoy's report beside the claims that all but one map was agreed, each with its source.
    await expect(detail.getByRole('heading', { name: 'Claims that do not add up' })).toBeVisible()
    await expect(detail.getByText('30 of 31 agreed').first()).toBeVisible()
    await expect(detail.getByRole('link', { name: /^S28:/ })).toBeVisible()
    await expectNoAxeViolations(page)

    await page.reload()
    await expect(page.getByRole('dialog', { name: 'Gas (common gas market)' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toBeHidden()
    await expect(page).not.toHaveURL(/item=/)
    await expect(page).toHaveURL(/asOf=2019-12-31/)

    await page.reload()
    await expect(summary(page)).toHaveText('31 of 31 roadmaps, as of 31 Dec 2019')
    await expect(page.getByRole('dialog')).toBeHidden()
  })

  test('back and forward close and reopen the item; focus returns to the row that opened it', async ({ page }) => {
    await page.goto('/?view=board&asOf=2019-12-31')
    const opener = page.getByRole('button', { name: 'Oil (oil market and tax-manoeuvre compensation)' })
    const dialog = page.getByRole('dialog', { name: /^Oil/ })
    await opener.click()
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(dialog).toBeHidden()
    await expect(opener).toBeFocused()

    await opener.click()
    await expect(page).toHaveURL(/item=RM02/)
    await page.goBack()
    await expect(dialog).toBeHidden()
    await expect(page).not.toHaveURL(/item=/)
    await page.goForward()
    await expect(dialog).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(opener).toBeFocused()
  })

  test('works from the keyboard: / to search, arrows through rows, Enter to open, Escape to close', async ({
    page,
  }) => {
    await page.goto('/?view=board&asOf=2019-12-31&layout=table')
    await expect(itemTitles(page).first()).toBeVisible()
    await page.keyboard.press('/')
    await expect(page.getByRole('combobox', { name: 'Search', exact: true })).toBeFocused()

    await page.getByRole('button', { name: 'Tax law (unified tax legislation)' }).focus()
    await page.keyboard.press('ArrowDown')
    await expect(page.getByRole('button', { name: 'Oil (oil market and tax-manoeuvre compensation)' })).toBeFocused()
    await page.keyboard.press('End')
    const group = page.getByRole('button', { name: /9 roadmaps whose titles were never published/ })
    await expect(group).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(group).toHaveAttribute('aria-expanded', 'true')
    await expect(page.getByRole('rowheader', { name: 'Title not public (RM22)' })).toBeVisible()

    await page.keyboard.press('Home')
    const first = page.getByRole('button', { name: 'Tax law (unified tax legislation)' })
    await expect(first).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog')).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toBeHidden()
    await expect(first).toBeFocused()

    // Sorting from a column header, kept in the URL.
    await page
      .getByRole('columnheader', { name: /Last change/ })
      .getByRole('button')
      .press('Enter')
    await expect(page.getByRole('columnheader', { name: /Last change/ })).toHaveAttribute('aria-sort', 'ascending')
    await expect(page).toHaveURL(/sort=changed/)
    await expectNoAxeViolations(page)
  })

  test('switches to the union programmes in columns by status', async ({ page }) => {
    await page.goto('/?view=board&asOf=2021-09-10')
    await page.getByRole('button', { name: 'Union programmes (2021)' }).click()
    await page.getByRole('button', { name: 'Columns by status' }).click()
    await expect(page).toHaveURL(/set=programmes/)
    await expect(page).toHaveURL(/layout=columns/)
    const approved = board(page).getByRole('region', { name: /Approved/ })
    await expect(approved.getByRole('button', { name: 'Common gas market' })).toBeVisible()
    await expect(approved.getByText('22 union programmes whose titles were never published')).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('ignores a malformed link with a notice instead of failing', async ({ page }) => {
    await page.goto('/?view=board&topic=gas,plutonium&sort=size&layout=grid&asOf=2019-13-45')
    await expect(page.getByRole('status').filter({ hasText: 'Ignored topic=plutonium' })).toBeVisible()
    await expect(summary(page)).toContainText('1 of ')
    await expect(itemTitles(page)).toHaveText(['Gas (common gas market)'])
  })

  test('on a phone the filters open in a sheet and nothing overflows the page', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('/?view=board&asOf=2019-12-31')
    await expect(itemTitles(page).first()).toBeVisible()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)

    await page.getByRole('button', { name: 'Filters' }).click()
    const sheet = page.getByRole('dialog', { name: 'Filters' })
    await sheet.getByRole('checkbox', { name: /^Gas, 1 result/ }).check()
    await expectNoAxeViolations(page)
    await sheet.getByRole('button', { name: 'Show results' }).click()
    await expect(sheet).toBeHidden()
    await expect(page.getByRole('button', { name: 'Filters (1 active)' })).toBeFocused()
    await expect(itemTitles(page)).toHaveText(['Gas (common gas market)'])
    await expectNoAxeViolations(page)
  })
})

test.describe('printing the board', () => {
  test('prints every row of the table and every card of the columns', async ({ page }) => {
    await page.goto('/?view=board&layout=table')
    await expect(summary(page)).toContainText('31 of 31 roadmaps')
    // The item rows: those whose first cell is a tracker id.
    const drawnRows = () =>
      table(page)
        .getByRole('row')
        .filter({ has: page.getByRole('cell', { name: /^RM\d+$/ }) })
    // A list of this size is drawn whole on screen too (the browser's find reaches every row); a long one is drawn
    // a window at a time and whole for paper, which the board's component tests check.
    await expect(drawnRows().last()).toContainText(/^RM31/)
    const onScreen = await drawnRows().count()
    // What the browser does when the reader prints: the event, then the page laid out for paper.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
    await page.emulateMedia({ media: 'print' })
    // Paper unfolds the roadmaps whose titles were never published: every one of the 31 has its row.
    await expect(drawnRows()).toHaveCount(31)
    const pdf = await page.pdf({ printBackground: true })
    await test.info().attach('board.pdf', { body: pdf, contentType: 'application/pdf' })

    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
    await page.emulateMedia({ media: 'screen' })
    await expect(drawnRows()).toHaveCount(onScreen)

    await page.goto('/?view=board&layout=columns')
    const superseded = board(page).getByRole('region', { name: /Superseded/ })
    const cards = superseded.getByRole('listitem')
    await expect(cards.first()).toBeVisible()
    const cardsOnScreen = await cards.count()
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
    await page.emulateMedia({ media: 'print' })
    // Each card, and the untitled roadmaps folded under the column on screen: all 30 superseded ones.
    await expect(cards).toHaveCount(30)
    await expect(cards.last()).toBeVisible()
    expect(cardsOnScreen).toBeLessThan(30)
  })
})
