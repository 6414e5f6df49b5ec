import { expect, test, type Locator, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline', exact: true })
const yearHeadings = (page: Page) => timeline(page).getByRole('heading', { level: 3 })
/** Event cards: the list items headed by an event's title. */
const eventCards = (scope: Locator, page: Page) =>
  scope.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4 }) })
const events = (page: Page) => eventCards(timeline(page), page)

test.describe('timeline', () => {
  test('filters by topic and actor, zooms to a year, and keeps each event’s sources', async ({ page }) => {
    await page.goto('/?view=timeline')
    await expect(yearHeadings(page).first()).toHaveText(/^1999/)
    const all = await events(page).count()
    expect(all).toBeGreaterThan(50)

    await timeline(page).getByRole('combobox', { name: 'Topic' }).selectOption('gas')
    await expect(page).toHaveURL(/topic=gas/)
    await timeline(page).getByRole('combobox', { name: 'Actor' }).selectOption('semashko')
    await expect(page).toHaveURL(/actor=semashko/)
    const filtered = await events(page).count()
    expect(filtered).toBeGreaterThan(0)
    expect(filtered).toBeLessThan(all)
    for (const event of await events(page).all()) {
      await expect(event).toContainText('Vladimir Semashko')
      await expect(event).toContainText('Gas')
      await expect(event.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//)
    }
    await expect(timeline(page).getByText(`${filtered} ${filtered === 1 ? 'event' : 'events'} shown`)).toBeVisible()

    await timeline(page).getByRole('button', { name: 'Clear filters' }).first().click()
    await timeline(page)
      .getByRole('list', { name: /Events per year/ })
      .getByRole('button', { name: /^2019/ })
      .click()
    await expect(yearHeadings(page)).toHaveCount(1)
    await expect(yearHeadings(page)).toHaveText(/^2019/)
    await expect(timeline(page).getByRole('combobox', { name: 'from', exact: true })).toHaveValue('2019')
    await expect(events(page).filter({ hasText: 'Milestone' }).first()).toBeVisible()
    await expectNoAxeViolations(page)

    await timeline(page).getByRole('combobox', { name: 'to', exact: true }).selectOption('2021')
    await expect(yearHeadings(page)).toHaveText([/^2019/, /^2020/, /^2021/])
  })

  test('a link with a kind and a topic shows only that kind of event, as many as the kind facet counts', async ({
    page,
  }) => {
    await page.goto('/?view=timeline&topic=oil')
    await expect(yearHeadings(page).first()).toBeVisible()
    const onTopic = await events(page).count()
    await page.goto('/?view=timeline&kind=signing&topic=oil')
    const kind = timeline(page).getByRole('combobox', { name: 'Kind' })
    await expect(kind).toHaveValue('signing')
    const signingOption = await kind.getByRole('option', { name: /^Signing/ }).textContent()
    const counted = Number(/\((\d+)\)/.exec(signingOption ?? '')?.[1])
    await expect(events(page)).toHaveCount(counted)
    expect(counted).toBeGreaterThan(0)
    expect(counted).toBeLessThan(onTopic)
    for (const event of await events(page).all()) {
      await expect(event.getByText('Signing', { exact: true })).toBeVisible()
      await expect(event).toContainText('Oil')
    }
    await expectNoAxeViolations(page)
  })

  test('finds events by the words of a link or of its search box, in either language', async ({ page }) => {
    await page.goto('/?view=timeline&q=финишной&lang=ru')
    const russian = page.getByRole('region', { name: 'Хронология', exact: true })
    await expect(page.getByRole('combobox', { name: 'Поиск', exact: true })).toHaveValue('финишной')
    const found = eventCards(russian, page)
    await expect(found).toHaveCount(2)
    for (const event of await found.all()) await expect(event).toContainText('на финишной прямой')

    await page.goto('/?view=timeline')
    const search = page.getByRole('combobox', { name: 'Search', exact: true })
    await search.fill('Syamashka ambassador')
    await search.press('Escape')
    await expect(page).toHaveURL(/q=Syamashka/)
    expect(await events(page).count()).toBeGreaterThan(0)
    for (const event of await events(page).all()) await expect(event).toContainText('Semashko')
    await timeline(page).getByRole('button', { name: 'Clear filters' }).first().click()
    await expect(search).toHaveValue('')
    await expectNoAxeViolations(page)
  })

  test('at an as-of date only what had happened is listed; later events are counted, shown on request as later', async ({
    page,
  }) => {
    await page.goto('/?view=timeline&asOf=2019-12-07')
    const later = timeline(page).getByRole('region', { name: 'After 7 Dec 2019' })
    await expect(later).toContainText(/\d+ later events, after 7 Dec 2019: not yet known on that date\./)
    const known = events(page).locator('time')
    await expect(known.first()).toBeVisible()
    const dates = await known.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''))
    expect(dates.filter((date) => date > '2019-12-07')).toEqual([])
    await expect(events(page).filter({ hasText: '20th anniversary passes' })).toHaveCount(0)
    const strip = timeline(page)
      .getByRole('list', { name: /Events per year/ })
      .getByRole('button')
    await expect(strip.last()).toHaveText(/^2019/)
    await expectNoAxeViolations(page)

    await later.getByRole('button', { name: 'Show them' }).click()
    const signing = eventCards(later, page).filter({ hasText: '20th anniversary passes' })
    await expect(signing).toContainText('after the chosen date')
    await expect(later.getByRole('button', { name: 'Hide them' })).toHaveAttribute('aria-expanded', 'true')
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: /^20 Dec 2019/ }).click()
    await expect(timeline(page).getByRole('region', { name: 'After 20 Dec 2019' })).toBeVisible()
  })

  test('reads on a phone in dark mode without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('/?view=timeline&asOf=2021-11-04')
    await expect(events(page).first()).toBeVisible()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await expectNoAxeViolations(page)
  })
})
