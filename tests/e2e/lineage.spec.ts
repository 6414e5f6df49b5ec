import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

const lineage = (page: Page) => page.getByRole('region', { name: /^Lineage/ })
const roadmapTable = (page: Page) => lineage(page).getByRole('table', { name: '2019 roadmaps and what took them over' })
const programmeTable = (page: Page) =>
  lineage(page).getByRole('table', { name: '2021 union programmes and the roadmaps before them' })

test.describe('lineage', () => {
  test('follows every roadmap and programme, and opens a roadmap’s panel with what took it over', async ({ page }) => {
    await page.goto('/?view=lineage')
    await expect(
      page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Lineage' }),
    ).toHaveAttribute('aria-current', 'page')
    await expect(roadmapTable(page).locator('tbody tr')).toHaveCount(31)
    await expect(programmeTable(page).locator('tbody tr')).toHaveCount(28)
    await expect(lineage(page).getByRole('status')).toContainText('Roadmaps: 31 · union programmes: 28')

    // No mapping of the roadmaps onto the programmes is documented: RM01's link is the tracker's inference.
    const rm01 = roadmapTable(page).locator('tbody tr', {
      has: page.getByRole('button', { name: 'RM01', exact: true }),
    })
    await expect(rm01.getByRole('button', { name: 'UP04', exact: true })).toBeVisible()
    await expect(rm01.getByText('inferred', { exact: true })).toBeVisible()

    await rm01.getByRole('button', { name: 'RM01', exact: true }).click()
    await expect(page).toHaveURL(/item=RM01/)
    const panel = page.getByRole('dialog', { name: 'Tax law (unified tax legislation)' })
    await expect(panel).toBeVisible()
    const takenOver = panel.getByRole('heading', { name: 'Taken over by' }).locator('xpath=following-sibling::*[1]')
    await expect(takenOver.getByRole('button', { name: 'UP04', exact: true })).toBeVisible()
    await expect(takenOver.getByText('inferred', { exact: true })).toBeVisible()
    await expect(takenOver.getByRole('link', { name: /^S59:/ })).toHaveAttribute('href', /^https?:\/\//)
    await expect(panel.getByText('What became of it:')).toBeVisible()

    await panel.getByRole('button', { name: 'Close' }).click()
    await expect(panel).toBeHidden()
    await expect(rm01.getByRole('button', { name: 'RM01', exact: true })).toBeFocused()
  })

  test('a deadline row of the Gantt chart opens the deadline panel', async ({ page }) => {
    await page.goto('/?view=charts')
    const gantt = page.getByRole('region', { name: 'Deadlines and what became of them', exact: true })
    await gantt.getByRole('button', { name: 'Compromise on the 11 open items by 7 December 2019' }).click()
    await expect(page).toHaveURL(/deadline=T04/)
    const panel = page.getByRole('dialog', { name: /^T04 · Compromise on the 11 open items/ })
    await expect(panel).toBeVisible()
    await expect(panel.getByRole('heading', { name: 'State' })).toBeVisible()
  })

  test('the lineage view passes an axe scan', async ({ page }) => {
    await page.goto('/?view=lineage')
    await expect(roadmapTable(page)).toBeVisible()
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
    await expectNoAxeViolations(page)
  })
})
