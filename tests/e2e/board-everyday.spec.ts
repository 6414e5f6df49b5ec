import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

const board = (page: Page) => page.getByRole('region', { name: 'Status board' })
const table = (page: Page) => board(page).getByRole('table')
const PHONE = { width: 360, height: 740 }
const firstTitle = (page: Page) => table(page).locator('th[scope="row"]').first().getByRole('button')

test.describe('the board as an everyday tool', () => {
  test('the first row is three Tabs from the top of the page, through “Skip to results”', async ({ page }) => {
    await page.goto('/?view=board&asOf=2019-12-31')
    await expect(firstTitle(page)).toBeVisible()
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to results' })
    await expect(skip).toBeFocused()
    await expect(skip).toBeInViewport()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await expect(firstTitle(page)).toBeFocused()
    await expect(page).not.toHaveURL(/#/)
    await expectNoAxeViolations(page)
  })

  test('with an item open, Copy link copies a link that reopens the item in the same theme', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/?view=board&asOf=2019-12-31&theme=dark')
    const opener = firstTitle(page)
    const title = (await opener.textContent()) ?? ''
    await opener.click()
    const dialog = page.getByRole('dialog', { name: title })
    await expect(dialog).toBeVisible()
    // The panel is modal, so the header's button is out of reach; the panel has its own.
    await dialog.getByRole('button', { name: 'Copy link' }).click()
    await expect(dialog.getByText('Link to this roadmap copied')).toBeVisible()
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()))
    expect(copied.searchParams.get('view')).toBe('board')
    expect(copied.searchParams.get('theme')).toBe('dark')
    expect(copied.searchParams.get('asOf')).toBe('2019-12-31')
    const item = copied.searchParams.get('item')
    expect(item).toMatch(/^RM\d+$/)
    await expectNoAxeViolations(page)

    await page.goto(copied.href)
    await expect(page.getByRole('dialog', { name: title })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  })

  test('a Ctrl/Cmd-click on a view link opens that view in a new tab and leaves this one as it was', async ({
    page,
    context,
  }) => {
    await page.goto('/?view=board&topic=gas&asOf=2019-12-31')
    await expect(firstTitle(page)).toBeVisible()
    const nav = page.getByRole('navigation', { name: 'Views' })
    const opened = context.waitForEvent('page')
    await nav.getByRole('link', { name: 'Timeline' }).click({ modifiers: ['ControlOrMeta'] })
    const tab = await opened
    await tab.waitForLoadState()
    expect(Object.fromEntries(new URL(tab.url()).searchParams)).toEqual({
      view: 'timeline',
      topic: 'gas',
      asOf: '2019-12-31',
      v: '1',
    })
    await expect(nav.getByRole('link', { name: 'Board' })).toHaveAttribute('aria-current', 'page')
    await expect(firstTitle(page)).toBeVisible()
  })

  test('on a phone the status stays in view and the date bar folds to one line', async ({ page }) => {
    await page.setViewportSize(PHONE)
    await page.goto('/?view=board&asOf=2019-12-31')
    await expect(firstTitle(page)).toBeVisible()
    // Within the screen's width, with no sideways scrolling (the rows may sit below the fold).
    const firstRow = table(page).getByRole('row').nth(1)
    for (const cell of [
      table(page).getByRole('columnheader', { name: /Status/ }),
      firstRow.getByRole('cell').filter({ has: page.locator('[data-status]') }),
    ]) {
      await expect(cell).toBeVisible()
      const box = await cell.boundingBox()
      if (!box) throw new Error('the status cell is not laid out')
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width)
    }
    await expect(table(page).getByRole('columnheader', { name: 'Topics' })).toBeHidden()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)

    const dateBar = page.getByRole('region', { name: 'Date shown' })
    const date = dateBar.getByLabel('As of')
    const more = dateBar.getByRole('button', { name: 'More dates' })
    await expect(more).toHaveAttribute('aria-expanded', 'false')
    await expect(dateBar.getByRole('list', { name: 'Key dates' })).toBeHidden()
    // One line: the date field and the button beside it share a middle.
    const [dateBox, moreBox] = await Promise.all([date.boundingBox(), more.boundingBox()])
    if (!dateBox || !moreBox) throw new Error('the date bar is not laid out')
    expect(Math.abs(dateBox.y + dateBox.height / 2 - (moreBox.y + moreBox.height / 2))).toBeLessThan(12)
    await expectNoAxeViolations(page)

    await more.click()
    await expect(dateBar.getByRole('list', { name: 'Key dates' })).toBeVisible()
    await expect(dateBar.getByRole('button', { name: /Play key dates/ })).toBeVisible()
  })
})
