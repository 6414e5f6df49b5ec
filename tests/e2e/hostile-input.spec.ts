import { expect, test, type Page } from '@playwright/test'
import fc from 'fast-check'
import { paramsToView } from '../../src/state/view-codec'
import { describeLinkNotice } from '../../src/state/link-notice-text'
import { expectNoAxeViolations } from './axe'
import { firstOf, realDataset, realKnownIds, recordsOf, upload, type DatasetJson } from './dataset-file'

/** Each payload would set window.__hostile or open a dialog if it ever ran. */
const PAYLOADS = [
  '<script>window.__hostile=1</script>',
  '"><img src=x onerror="window.__hostile=1">',
  'javascript:window.__hostile=1',
  "');alert(1);//",
  '<svg onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '\u202Egnp.exe',
  'Лукашенко 🇧🇾',
  '__proto__',
  'x'.repeat(5000),
]
const KEYS = [
  'view',
  'set',
  'topic',
  'status',
  'actor',
  'outcome',
  'q',
  'asOf',
  'item',
  'sort',
  'slide',
  'theme',
  'lang',
]

const queryArbitrary = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...KEYS), fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 12 })),
      fc.oneof(
        fc.constantFrom(...PAYLOADS),
        fc.string({ maxLength: 40 }),
        fc.string({ unit: 'binary', maxLength: 20 }),
      ),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((pairs) => new URLSearchParams(pairs).toString())

/** A seeded sample of the unit test's hostile links, plus a few written raw as someone would paste them. */
const HOSTILE_QUERIES = [
  ...fc.sample(queryArbitrary, { seed: 20191208, numRuns: 45 }),
  'q=<script>window.__hostile=1</script>',
  'view=<img src=x onerror=alert(1)>&topic=gas&topic=<svg/onload=alert(1)>',
  'item=javascript:alert(1)&lang=ru&lang=en',
  // Servers refuse request lines much past 8 kB, before the app is involved.
  `${'k'.repeat(6_000)}=1&asOf=2019-02-30`,
  'status=agreed,<b>open</b>,%00,%E2%80%AE&v=2',
]

function watchForHarm(page: Page) {
  const harm: string[] = []
  page.on('pageerror', (error) => harm.push(`page error: ${error.message}`))
  page.on('dialog', (dialog) => {
    harm.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  return harm
}

const appShown = (page: Page) => expect(page.locator('main#main')).toBeVisible()

test.describe('hostile input', () => {
  test('hostile links neither crash the app nor run script, and every ignored value is listed', async ({ page }) => {
    test.setTimeout(180_000)
    const harm = watchForHarm(page)
    const known = realKnownIds()
    for (const query of HOSTILE_QUERIES) {
      await page.goto(`/?${query}`)
      await appShown(page)
      // The app reads the address as the browser parsed it; so does this expectation.
      const decoded = paramsToView(new URL(`http://host/?${query}`).searchParams, known)
      const expected = decoded.notices.map((notice) => describeLinkNotice(notice, decoded.view.lang))
      const notice = page.getByRole('status').filter({ hasText: /not understood|не распознаны/ })
      if (expected.length === 0) await expect(notice, query).toHaveCount(0)
      else await expect(notice.getByRole('listitem'), query).toHaveText([...expected])
      expect(await page.evaluate(() => 'hostile' in window || '__hostile' in window), query).toBe(false)
      await expect(page.locator('img[src="x"], svg[onload]')).toHaveCount(0)
    }
    expect(harm).toEqual([])
  })

  test('malformed data files give the named-error screen and change nothing', async ({ page }) => {
    const harm = watchForHarm(page)
    await page.goto('/')
    await page.getByRole('button', { name: 'Your own data' }).click()
    const dialog = page.getByRole('dialog', { name: 'Your own dataset' })
    const input = dialog.getByLabel('Choose a JSON file')
    const alert = dialog.getByRole('alert')
    const cases: [string, DatasetJson | string, RegExp][] = [
      [
        'truncated.json',
        JSON.stringify(realDataset()).slice(0, 5000),
        /truncated\.json\s*\(file\)\s*\(file\)\s*not valid JSON/,
      ],
      [
        'wrong-type.json',
        realDataset((json) => (firstOf(json, 'counts.json').value = 'eleven')),
        /wrong-type\.json › counts\.json\s*C\d+\s*value\s*Invalid input: expected number, received string/,
      ],
      [
        'unknown-source.json',
        realDataset((json) => (firstOf(json, 'events.json').sources = ['S999'])),
        /unknown-source\.json › events\.json\s*E001\s*sources\[0\]\s*unknown source id "S999"/,
      ],
      [
        'duplicate.json',
        realDataset((json) => recordsOf(json, 'topics.json').push({ ...firstOf(json, 'topics.json') })),
        /duplicate\.json › topics\.json\s*\S+\s*id\s*duplicate id/,
      ],
      [
        'impossible-date.json',
        realDataset((json) => (firstOf(json, 'events.json').date = '2019-02-30')),
        /impossible-date\.json › events\.json\s*E001\s*date\s*not a real calendar date/,
      ],
      [
        'ten-megabytes.json',
        realDataset((json) => (firstOf(json, 'events.json').summary = { en: 'x'.repeat(10 * 1024 * 1024), ru: 'x' })),
        /ten-megabytes\.json › events\.json\s*E001\s*summary\.en\s*Too big: expected string to have <=2000 characters/,
      ],
      [
        'javascript-link.json',
        realDataset((json) => (firstOf(json, 'sources.json').url = 'javascript:window.__hostile=1')),
        /javascript-link\.json › sources\.json\s*SD0\s*url\s*expected an http\(s\) URL/,
      ],
    ]
    for (const [name, content, row] of cases) {
      await input.setInputFiles(upload(name, content))
      await expect(alert.getByRole('heading', { name: `${name} was not loaded` })).toBeVisible()
      await expect(alert.getByRole('row').nth(1), name).toHaveText(row)
    }
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(page.getByRole('banner')).not.toContainText('Custom data:')
    expect(harm).toEqual([])
  })

  test('markup and script in the data show as text in every view and never run', async ({ page }) => {
    const harm = watchForHarm(page)
    const title = '<img src=x onerror="window.__hostile=1">'
    const hostile = realDataset((json) => {
      firstOf(json, 'roadmaps.json').title = { en: title, ru: title }
      firstOf(json, 'events.json').title = {
        en: '<script>window.__hostile=1</script>',
        ru: '<script>window.__hostile=1</script>',
      }
      firstOf(json, 'sources.json').publisher = {
        en: '<a href="javascript:alert(1)">publisher</a>',
        ru: '<a href="javascript:alert(1)">publisher</a>',
      }
      firstOf(json, 'people.json').name = { en: '<svg onload=alert(1)>', ru: '<svg onload=alert(1)>' }
    })
    await page.goto('/?view=board')
    await page.getByRole('button', { name: 'Your own data' }).click()
    await page.getByLabel('Choose a JSON file').setInputFiles(upload('hostile.json', hostile))
    await expect(page.getByRole('dialog').getByRole('status')).toContainText('Loaded hostile.json')
    await page.keyboard.press('Escape')
    await expect(page.getByText(title).first()).toBeVisible()

    const nav = page.getByRole('navigation', { name: 'Views' })
    for (const view of [...(await nav.getByRole('link').allTextContents()), 'methodology']) {
      if (view === 'methodology') await page.getByRole('link', { name: 'Sources & methodology' }).click()
      else await nav.getByRole('link', { name: view, exact: true }).click()
      await appShown(page)
      await page.waitForLoadState('networkidle')
      expect(await page.evaluate(() => '__hostile' in window), view).toBe(false)
      await expect(page.locator('main img[src="x"], main script, main svg[onload]'), view).toHaveCount(0)
      await expect(page.locator('a[href^="javascript:"]'), view).toHaveCount(0)
    }
    await expect(page.getByRole('cell', { name: '<a href="javascript:alert(1)">publisher</a>' })).toBeVisible()
    expect(harm).toEqual([])
  })

  test('the Content-Security-Policy holds on every view, with no violation', async ({ page }) => {
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text())
    })
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`)
      })
    })
    await page.goto('/')
    await appShown(page)
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain("script-src 'self';")
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)

    const nav = page.getByRole('navigation', { name: 'Views' })
    for (const view of await nav.getByRole('link').allTextContents()) {
      await nav.getByRole('link', { name: view, exact: true }).click()
      await appShown(page)
      await page.waitForLoadState('networkidle')
      // Exports draw images from data: URLs and save files through blob: URLs; each must pass the policy too.
      for (const button of await page
        .locator('main')
        .getByRole('button', { name: /^Download / })
        .all()) {
        const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
        expect(download.suggestedFilename(), view).not.toBe('')
      }
    }
    await page.getByRole('link', { name: 'Sources & methodology' }).click()
    await page.getByRole('button', { name: 'Your own data' }).click()
    await page.getByLabel('Choose a JSON file').setInputFiles(upload('mine.json', realDataset()))
    await expect(page.getByRole('dialog').getByRole('status')).toContainText('Loaded mine.json')
    await page.keyboard.press('Escape')
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.getByRole('button', { name: 'Русский' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Трекер дорожных карт Союзного государства')
    expect(violations).toEqual([])

    // The listener does catch a violation: an inline script added now is blocked and reported.
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__inline = 1'
      document.head.append(script)
    })
    await expect.poll(() => violations.length).toBeGreaterThan(0)
    expect(await page.evaluate(() => '__inline' in window)).toBe(false)
  })
})
