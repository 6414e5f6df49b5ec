import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { downloadFrom } from './downloads'

const headline = (page: Page) => page.getByRole('region', { name: 'From 31 roadmaps to the 2024–2026 package' })

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']

/** A card's written day ("8 Dec 2019") as an ISO date, which sorts as text. */
function isoDay(written: string): string {
  const [, day = '', month = '', year = ''] = /(\d{1,2}) (\w+) (\d{4})/.exec(written) ?? []
  return `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`
}

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

  test('draws the 2019 → 2026 arc: every mark and turning point named, reachable by keyboard and sourced', async ({
    page,
  }) => {
    await page.goto('/')
    const chart = headline(page)
    await expect(chart.getByRole('button', { name: /^Turning point 1: 6 Sept 2019, PMs initial/ })).toBeVisible()
    await expect(
      chart.getByRole('button', { name: /^Turning point 3: 8 Dec 2019, .*without the planned signing/ }),
    ).toBeVisible()
    await expect(chart.getByRole('button', { name: /^Turning point 7: 26 Feb 2026, .*40%/ })).toBeVisible()
    // Reports that disagree stand side by side, each marked, none averaged away.
    await expect(
      chart.getByRole('button', { name: /^Roadmaps agreed: 23 of 31, 7 Dec 2019, .*\(disputed\)$/ }),
    ).toBeVisible()
    await expect(
      chart.getByRole('button', { name: /^Roadmaps agreed: 20 of 31, 7 Dec 2019, .*\(disputed\)$/ }),
    ).toBeVisible()
    await expect(chart.getByRole('button', { name: /^2024–2026 measures done: 40%, 26 Feb 2026/ })).toBeVisible()

    // From the keyboard: a mark opens its record, with who reported the figure and the sources.
    const open = chart.getByRole('button', {
      name: /^Roadmaps open: 11 of 31, ~?29 Nov 2019, claimed by Vladimir Semashko/,
    })
    await open.focus()
    await page.keyboard.press('Enter')
    const record = chart.getByRole('region', { name: /^Record: Roadmaps open: 11 of 31/ })
    await expect(record.getByRole('heading')).toBeFocused()
    await expect(record.getByRole('rowheader', { name: 'Roadmaps open' })).toBeVisible()
    await expect(record.getByRole('cell', { name: 'Vladimir Semashko, Belarus ambassador to Russia' })).toBeVisible()
    await expect(record.getByRole('link', { name: /^SD0:/ })).toBeVisible()

    const turningPoint = chart.getByRole('button', { name: /^Turning point 5: 4 Nov 2021/ })
    await turningPoint.focus()
    await page.keyboard.press(' ')
    const eventRecord = chart.getByRole('region', { name: /^Record: Turning point 5/ })
    await expect(eventRecord.getByRole('rowheader', { name: 'Turning point 5' })).toBeVisible()
    await expect(eventRecord.getByRole('link', { name: /^S67:/ })).toBeVisible()
    await eventRecord.getByRole('button', { name: 'Close the record' }).click()
    await expect(eventRecord).toBeHidden()

    await chart.getByRole('button', { name: 'Show as table' }).click()
    await expect(chart.getByRole('rowheader', { name: 'Turning point 7' })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('at an early date the headline chart shows nothing later', async ({ page }) => {
    await page.goto('/?asOf=2019-11-30')
    const chart = headline(page)
    await expect(chart.getByRole('button', { name: /^Turning point 2: ~?29 Nov 2019/ })).toBeVisible()
    await expect(chart.getByRole('button', { name: /^Roadmaps open: 11 of 31/ })).toBeVisible()
    await expect(chart.getByRole('button', { name: /^Turning point [3-7]:/ })).toHaveCount(0)
    await expect(chart.getByRole('button', { name: /(Dec 2019|20[2-9]\d), claimed by/ })).toHaveCount(0)
    await expect(chart.getByRole('listitem').filter({ hasText: '8 Dec 2019' })).toHaveCount(0)
  })

  test('the headline chart embeds and downloads as a vector picture with its turning points keyed', async ({
    page,
  }) => {
    await page.goto('/?asOf=2019-12-31')
    const chart = headline(page)
    await expect(chart.locator('svg.recharts-surface').first()).toBeVisible()
    await chart.getByRole('button', { name: 'Embed this chart on another site' }).click()
    const code = await page.getByRole('dialog').getByRole('textbox', { name: 'Code to paste' }).inputValue()
    expect(code).toMatch(/<iframe src="[^"]*embed=headline/)
    await page.keyboard.press('Escape')

    const svg = await downloadFrom(chart.getByRole('button', { name: 'Download this chart as an SVG image' }))
    const file = await page.evaluate((text) => {
      const document = new DOMParser().parseFromString(text, 'image/svg+xml')
      return {
        foreignObjects: document.getElementsByTagName('foreignObject').length,
        texts: [...document.getElementsByTagName('text')].map((element) => element.textContent ?? ''),
      }
    }, svg.body.toString('utf8'))
    expect(file.foreignObjects).toBe(0)
    expect(file.texts).toEqual(
      expect.arrayContaining([
        'From 31 roadmaps to the 2024–2026 package',
        'Filters: not filtered: totals reported for the whole programme',
        'Turning points (numbered on the chart)',
        expect.stringMatching(/^8 Dec 2019: /),
      ]),
    )
  })

  test('puts the story’s cards in date order', async ({ page }) => {
    await page.goto('/')
    const story = page.getByRole('list', { name: 'What happened, in numbers' })
    await expect(story.getByText('the planned signing on the treaty’s 20th anniversary')).toBeVisible()
    const days = (await story.locator(':scope > li > p:first-child').allInnerTexts())
      .filter((text) => /\d{4}$/.test(text.trim()))
      .map(isoDay)
    expect(days.length).toBeGreaterThan(4)
    expect(days).toEqual([...days].sort())
  })
})
