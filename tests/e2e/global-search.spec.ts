import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search', exact: true })
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' })
const group = (page: Page, name: RegExp) => results(page).getByRole('group', { name })
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline', exact: true })
const events = (page: Page) => timeline(page).locator('.timeline__event')

test.describe('one search for everything', () => {
  test('finds a prime minister who made no claim about an item by a Belarusian Latin spelling, with his events', async ({
    page,
  }) => {
    await page.goto('/')
    // The page's titles are in its first paint, before the app runs; the search box comes with the app, and the
    // slash key with it.
    await expect(searchBox(page)).toBeVisible()
    await page.keyboard.press('/')
    await expect(searchBox(page)).toBeFocused()

    // Roman Golovchenko, Prime Minister of Belarus 2020–2025, appears in events only, not in any item's claims.
    await page.keyboard.type('Halouchanka')
    const person = group(page, /^People/).getByRole('option', { name: 'Roman Golovchenko' })
    await expect(person).toBeVisible()
    await expect(person.locator('mark')).toHaveText(['Halouchanka'])
    await expect(person).toContainText('7 events')
    await expect(
      group(page, /^Events/)
        .getByRole('option')
        .first(),
    ).toBeVisible()
    await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true')
    await expectNoAxeViolations(page)

    await page.keyboard.press('ArrowDown')
    await expect(person).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/view=timeline/)
    await expect(page).toHaveURL(/actor=golovchenko/)
    await expect(events(page)).toHaveCount(7)
    for (const event of await events(page).all()) await expect(event).toContainText('Roman Golovchenko')
  })

  test('finds a reported subject area by a word of its name, with its sources', async ({ page }) => {
    await page.goto('/?view=board')
    await searchBox(page).fill('monetary')
    const area = group(page, /^Reported subject areas/).getByRole('option', { name: 'Monetary (credit) policy' })
    await expect(area).toBeVisible()
    await expect(area.locator('mark').first()).toHaveText('Monetary')
    await expect(area).toContainText('2 sources')
    await area.click()
    await expect(page).toHaveURL(/view=lineage/)
    await expect(results(page)).toBeHidden()
    const listed = page.getByRole('listitem').filter({ hasText: 'Monetary (credit) policy' })
    await expect(listed).toBeInViewport()
    await expect(listed).toContainText('Named by')
  })

  test('a timeline link with search words and a topic lists fewer events, the matching one among them', async ({
    page,
  }) => {
    await page.goto('/?view=timeline')
    await expect(events(page).first()).toBeVisible()
    const all = await events(page).count()

    await page.goto('/?view=timeline&q=Halouchanka&topic=gas')
    await expect(searchBox(page)).toHaveValue('Halouchanka')
    await expect(timeline(page).getByText('Search: “Halouchanka”')).toBeVisible()
    await expect(events(page)).toHaveCount(1)
    expect(all).toBeGreaterThan(1)
    await expect(events(page).first()).toContainText('Golovchenko replaces Rumas as PM')
    await expect(timeline(page).getByText('1 event shown')).toBeVisible()
  })
})
