import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

const board = (page: Page) => page.getByRole('region', { name: 'Status board' })
const summary = (page: Page) => board(page).getByRole('status')

test.describe('truth over time', () => {
  test('opens on the latest dated fact, not today, and says when a chosen date is past the data', async ({ page }) => {
    await page.goto('/?view=board')
    const latest = (await page.getByText(/^Data as of /).textContent())?.replace(/^Data as of\s*/, '').split(' ·')[0]
    expect(latest).toMatch(/\d{4}$/)
    await expect(summary(page)).toContainText(`as of ${latest}`)
    await expect(page.getByRole('button', { name: /^Latest data/ })).toHaveAttribute('aria-pressed', 'true')
    await expect(page.getByRole('note').filter({ hasText: 'The data holds nothing after' })).toHaveCount(0)
    await page.getByRole('button', { name: /^Today/ }).click()
    await expect(page.getByRole('note').filter({ hasText: `The data holds nothing after ${latest}` })).toBeVisible()
  })

  test('on 29 Nov 2019 offers no one who spoke later, and sets the reported 11 open beside the items', async ({
    page,
  }) => {
    await page.goto('/?view=board&asOf=2019-11-29')
    const filters = page.getByRole('complementary', { name: 'Filters' })
    await expect(filters.getByRole('checkbox').first()).toBeVisible()
    await expect(filters).not.toContainText('Mishustin')
    await expect(filters).not.toContainText('Мишустин')
    const note = board(page).getByRole('note').filter({ hasText: '11 of 31 open' })
    await expect(note).toContainText('Reported total:')
    await expect(note).toContainText(/Item by item: \d+ open/)
    await expect(note).toContainText('own status is not public on this date')
    await expectNoAxeViolations(page)

    // Nor does a search find an item through words said later.
    await page.goto('/?view=board&asOf=2019-11-29&q=Mishustin')
    await expect(page.getByText('No roadmaps match these filters on 29 Nov 2019.')).toBeVisible()
    await page.goto('/?view=board&asOf=2021-09-10&q=Mishustin')
    await expect(page.getByText('No roadmaps match these filters')).toHaveCount(0)
  })

  test('no deadline past due reads Pending on the overview, and overdue ones count their days', async ({ page }) => {
    await page.goto('/')
    const table = page.getByRole('table', { name: 'Headline deadlines and what became of them' })
    const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader') })
    await expect(rows.first()).toBeVisible()
    const asOfText = (await page.getByText(/^Outcomes as known on /).textContent()) ?? ''
    const asOf = Date.parse(`${asOfText.replace('Outcomes as known on ', '')} UTC`)
    for (const row of await rows.all()) {
      const [dueCell, outcomeCell] = [row.getByRole('cell').nth(0), row.getByRole('cell').nth(1)]
      // The state's badge leads the outcome cell; the steps of the chain after it may hold a "still in progress".
      if (!/^\W*Pending/.test((await outcomeCell.textContent()) ?? '')) continue
      // A pending deadline must still be ahead: its due date (a year, a month or a day) ends after the date shown.
      const due = ((await dueCell.textContent()) ?? '').replace(/\(.*\)/, '').trim()
      const dueEnd = /^\d{4}$/.test(due) ? Date.parse(`31 Dec ${due} UTC`) : Date.parse(`${due} UTC`)
      const title = await row.getByRole('rowheader').textContent()
      expect(dueEnd, `${title} is pending though due ${due}`).toBeGreaterThanOrEqual(asOf)
    }
    await expect(table.getByRole('cell', { name: /^Overdue/ }).first()).toBeVisible()
    await expect(table.getByText(/\d+ days? since \d/).first()).toBeVisible()
  })

  test('a deadline opens to its own panel with its whole chain and sources, from a row and from a link', async ({
    page,
  }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Abolish roaming' }).click()
    await expect(page).toHaveURL(/deadline=T08/)
    const panel = page.getByRole('dialog', { name: /^T08 · Abolish roaming/ })
    const steps = panel.getByRole('list').filter({ has: page.getByRole('listitem').filter({ hasText: 'Falls due' }) })
    await expect(steps.getByRole('listitem').first()).toContainText('Falls due')
    await expect(steps.getByRole('listitem').filter({ hasText: 'Missed' })).toBeVisible()
    await expect(steps.getByRole('listitem').filter({ hasText: 'Moved' }).first()).toBeVisible()
    await expect(steps.getByRole('link', { name: /^S\d+:/ }).first()).toHaveAttribute('href', /^https?:\/\//)
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(panel).toBeHidden()
    await expect(page).not.toHaveURL(/deadline=/)

    await page.goto('/?view=board&deadline=T12&asOf=2022-11-30')
    const customs = page.getByRole('dialog', { name: /^T12 · / })
    await expect(customs.getByText('As known on 30 Nov 2022.')).toBeVisible()
    await expect(customs).not.toContainText('2023')
    await expect(customs.getByText(/later reports? after 30 Nov 2022/)).toBeVisible()
  })

  test('the outcome filter on roadmaps uses each roadmap’s own deadlines', async ({ page }) => {
    await page.goto('/?view=board&set=roadmaps&outcome=missed')
    await expect(summary(page)).toHaveText(/^\d+ of 31 roadmaps/)
    const shown = Number((await summary(page).textContent())?.split(' ')[0])
    expect(shown).toBeLessThan(31)
    await expect(board(page).getByText(/deadlines? binds? the whole roadmap programme/)).toBeVisible()
  })
})
