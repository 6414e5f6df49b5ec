import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

test.describe('overview', () => {
  test('tells the 2019 story in sourced numbers', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Union State Roadmap Tracker' })).toBeVisible()
    const story = page.getByRole('list', { name: 'What happened, in numbers' })
    await expect(story.getByText('roadmaps initialled by the two prime ministers')).toBeVisible()
    await expect(story.getByText('11 of 31', { exact: true })).toBeVisible()
    await expect(story.getByText('8 of 31', { exact: true })).toBeVisible()
    await expect(story.getByText('the planned signing on the treaty’s 20th anniversary')).toBeVisible()
    await expect(story.getByText('union programmes agreed')).toBeVisible()

    // Each figure names its source on hover and keyboard focus, and links to it.
    const seedSource = story.getByRole('link', { name: /^SD0: The Moscow Times/ }).first()
    await seedSource.focus()
    await expect(seedSource.locator('.source-tip')).toBeVisible()
    await expect(seedSource).toHaveAttribute('href', /^https:\/\//)
    await expectNoAxeViolations(page)
  })

  test('keeps every December 2019 claim with its source instead of picking one', async ({ page }) => {
    await page.goto('/')
    const conflict = page.getByRole('listitem').filter({ hasText: 'How many of the 31 were agreed in December 2019?' })
    for (const figure of ['20 of 31', '23 of 31', '28 of 31']) {
      await expect(conflict.getByText(figure, { exact: true }).first()).toBeVisible()
    }
  })

  test('reads well in dark mode on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('/')
    await expect(page.getByRole('heading', { name: 'What happened, in numbers' })).toBeVisible()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await expectNoAxeViolations(page)
  })
})
