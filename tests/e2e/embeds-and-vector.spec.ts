import { expect, test, type Locator, type Page } from '@playwright/test'
import { createServer } from 'node:http'
import { expectNoAxeViolations } from './axe'
import { downloadFrom, parseCsv } from './downloads'

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (body: Buffer) => [body.readUInt32BE(16), body.readUInt32BE(20)]

async function chartOnScreen(page: Page, name: string): Promise<Locator> {
  const chart = page.getByRole('region', { name })
  await expect(chart.locator('svg.recharts-surface').first()).toBeVisible()
  return chart
}

/** What a browser's XML parser makes of a file: its parse errors, and the elements a drawing program would edit. */
async function readSvg(page: Page, text: string) {
  return page.evaluate((svg) => {
    const document = new DOMParser().parseFromString(svg, 'image/svg+xml')
    const all = (tag: string) => [...document.getElementsByTagName(tag)]
    return {
      errors: all('parsererror').length,
      foreignObjects: all('foreignObject').length,
      texts: all('text').map((element) => element.textContent ?? ''),
      fontFamily: document.documentElement.getAttribute('font-family'),
      size: [document.documentElement.getAttribute('width'), document.documentElement.getAttribute('height')],
    }
  }, text)
}

test.describe('a chart as a designer’s file', () => {
  test('the SVG is vector: its words are text elements, no foreignObject, the fonts named, and it parses as XML', async ({
    page,
  }) => {
    await page.goto('/?view=charts&asOf=2019-12-10')
    const chart = await chartOnScreen(page, 'Status breakdown')
    await chart.getByLabel('Picture size').selectOption({ label: 'As on screen' })
    const svg = await downloadFrom(chart.getByRole('button', { name: 'Download this chart as an SVG image' }))
    expect(svg.name).toBe('roadmap-tracker_chart_status-breakdown_screen_2019-12-10.svg')
    const file = await readSvg(page, svg.body.toString('utf8'))
    expect(file.errors).toBe(0)
    expect(file.foreignObjects).toBe(0)
    expect(file.fontFamily).toMatch(/system-ui/)
    // The title, stamp, axis ticks and key are all text a drawing program can edit.
    expect(file.texts).toEqual(
      expect.arrayContaining([
        'Status breakdown',
        'Statuses as of 10 Dec 2019',
        '0',
        expect.stringMatching(/^⚠ Open \(disputed\): \d+$/),
      ]),
    )
    expect(svg.body.toString('utf8')).not.toMatch(/var\(--|class="/)
  })

  test('the status chart’s picture carries the reported total the items do not add up to, as the screen does', async ({
    page,
  }) => {
    await page.goto('/?view=charts&asOf=2019-12-02')
    const chart = await chartOnScreen(page, 'Status breakdown')
    await expect(chart.getByRole('note').first()).toContainText('Reported total:')
    const svg = await downloadFrom(chart.getByRole('button', { name: 'Download this chart as an SVG image' }))
    const words = (await readSvg(page, svg.body.toString('utf8'))).texts.join(' ')
    expect(words).toMatch(/Reported total: \d+ of 31 open \(/)
    expect(words).toMatch(/Item by item: \d+ open/)
  })

  test('PNGs come at the chosen pixel sizes, laid out for them', async ({ page }) => {
    await page.goto('/?view=charts&asOf=2019-12-10')
    const chart = await chartOnScreen(page, 'Status breakdown')
    const sizes = [
      ['Slide 16:9 (1920 × 1080)', 1920, 1080],
      ['Square (1080 × 1080)', 1080, 1080],
      ['A4 portrait (1240 × 1754)', 1240, 1754],
    ] as const
    for (const [label, width, height] of sizes) {
      await chart.getByLabel('Picture size').selectOption({ label })
      const png = await downloadFrom(chart.getByRole('button', { name: 'Download this chart as a PNG image' }))
      expect(pngSize(png.body)).toEqual([width, height])
    }
    await chart.getByLabel('Picture size').selectOption({ label: 'As on screen' })
    const screen = await downloadFrom(chart.getByRole('button', { name: 'Download this chart as a PNG image' }))
    const onScreen = await chart.locator('svg.recharts-surface').evaluate((svg) => svg.getBoundingClientRect().width)
    // Twice the chart's width on screen, with the picture's margins.
    expect(pngSize(screen.body)[0]).toBeGreaterThanOrEqual(Math.floor(onScreen * 2))
  })

  test('the progress chart’s stamp names no topic it ignores, and its numbered events have a key', async ({ page }) => {
    await page.goto('/?view=charts&topic=gas,oil,tax&asOf=2019-12-31')
    const chart = await chartOnScreen(page, 'Reported progress: roadmaps and programmes')
    const svg = await downloadFrom(chart.getByRole('button', { name: 'Download this chart as an SVG image' }))
    const { texts } = await readSvg(page, svg.body.toString('utf8'))
    expect(texts).toContain('Filters: not filtered: totals reported for the whole programme')
    expect(texts.filter((text) => /topic:/i.test(text))).toEqual([])
    expect(texts).toContain('Key events (numbered on the chart)')
    expect(texts).toEqual(expect.arrayContaining(['1', '2', expect.stringMatching(/^7 Dec 2019: /)]))
    expect(texts).toContain('Disputed: reports disagree')

    // The status chart, which the topics do narrow, names them.
    const status = page.getByRole('region', { name: 'Status breakdown' })
    const statusSvg = await downloadFrom(status.getByRole('button', { name: 'Download this chart as an SVG image' }))
    expect((await readSvg(page, statusSvg.body.toString('utf8'))).texts).toContain(
      'Filters: Roadmaps (2019); topic: Gas, Oil, Tax',
    )
  })

  test('Download data gives the rows the chart draws, with the citation, as the chart applies the filters', async ({
    page,
  }) => {
    await page.goto('/?view=charts&topic=gas&status=open&asOf=2024-01-10')
    const chart = page.getByRole('region', { name: 'Deadlines and what became of them' })
    await expect(chart.getByRole('group', { name: 'Deadlines and what became of them' })).toBeVisible()
    const csv = await downloadFrom(chart.getByRole('button', { name: 'Download the data this chart draws as CSV' }))
    expect(csv.name).toBe('roadmap-tracker_chart_deadlines-and-what-became-of-them_2024-01-10.csv')
    const { citation, rows } = parseCsv(csv.body.toString('utf8'))
    // Its date names what its marks are: deadlines and the outcomes reported by then, not item statuses.
    expect(citation.get('Deadlines and outcomes reported by')).toBe('2024-01-10')
    // The deadline chart follows topics, not statuses or the item set: the citation says just that.
    expect(citation.get('Filters')).toBe('topic: Gas')
    expect(citation.get('Licence')).toMatch(/^CC BY 4.0 /)
    const [header, ...deadlines] = rows
    expect(header?.slice(0, 3)).toEqual(['deadline', 'title', 'group'])
    await chart.getByRole('button', { name: 'Show as table' }).click()
    const tableRows = chart.getByRole('table').locator('tbody tr')
    await expect(tableRows).toHaveCount(deadlines.length)
    expect(deadlines.length).toBeGreaterThan(0)
    expect(deadlines.every((row) => (row[3] ?? '') <= '2024-01-10')).toBe(true)
  })
})

test.describe('embeds', () => {
  test('the Embed button gives the iframe code for this chart in this view', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/?view=charts&topic=gas&asOf=2019-12-10&theme=dark')
    const chart = await chartOnScreen(page, 'Status breakdown')
    await chart.getByRole('button', { name: 'Embed this chart on another site' }).click()
    const dialog = page.getByRole('dialog', { name: 'Embed this chart' })
    const code = await dialog.getByRole('textbox', { name: 'Code to paste' }).inputValue()
    const src = /<iframe src="([^"]+)"/.exec(code)?.[1]?.replace(/&amp;/g, '&') ?? ''
    expect(Object.fromEntries(new URL(src).searchParams)).toEqual({
      view: 'charts',
      topic: 'gas',
      asOf: '2019-12-10',
      theme: 'dark',
      embed: 'status',
      v: '1',
    })
    expect(code).toContain('roadmap-tracker:height')
    await dialog.getByRole('button', { name: 'Copy the code' }).click()
    await expect(dialog.getByText('Code copied')).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code)
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(chart.getByRole('button', { name: 'Embed this chart on another site' })).toBeFocused()
  })

  test('an embed link shows only its chart, with its title, date, sources and the link back', async ({ page }) => {
    await page.goto('/?view=charts&topic=gas&asOf=2019-12-10&embed=progress&lang=ru')
    const chart = page.getByRole('region', { name: 'Заявленный прогресс: карты и программы' })
    await expect(chart.locator('svg.recharts-surface').first()).toBeVisible()
    await expect(chart.getByText('На 10 дек. 2019 г.')).toBeVisible()
    await expect(
      chart
        .locator('p')
        .filter({ hasText: /^Источники:/ })
        .getByRole('link')
        .first(),
    ).toBeVisible()
    await expect(page.getByRole('region')).toHaveCount(1)
    await expect(page.getByRole('banner')).toHaveCount(0)
    await expect(page.getByRole('navigation')).toHaveCount(0)
    await expect(page.getByRole('combobox', { name: /Поиск|Search/ })).toHaveCount(0)
    // No downloads or embed code inside an embed: the chart alone.
    await expect(page.getByRole('button', { name: /Встроить|Скачать/ })).toHaveCount(0)
    const back = page.getByRole('link', { name: /Открыть в трекере/ })
    await expect(back).toHaveAttribute('target', '_blank')
    const href = new URL((await back.getAttribute('href')) ?? '', page.url())
    expect(Object.fromEntries(href.searchParams)).toEqual({
      view: 'charts',
      topic: 'gas',
      asOf: '2019-12-10',
      lang: 'ru',
      v: '1',
    })
    await expect(page.getByRole('contentinfo')).toContainText('Трекер дорожных карт Союзного государства')
    await expectNoAxeViolations(page)
  })

  test('a framed chart sets the frame’s height to its content, on a host page of another site', async ({ page }) => {
    await page.goto('/?view=charts&asOf=2019-12-10')
    const chart = page.getByRole('region', { name: 'Topics by status' })
    await expect(chart.getByRole('table')).toBeVisible()
    await chart.getByRole('button', { name: 'Embed this chart on another site' }).click()
    const code = await page.getByRole('dialog').getByRole('textbox', { name: 'Code to paste' }).inputValue()
    // A host page of another origin: a second server on this machine (the browser lets no public site frame a
    // loopback address, and a page Playwright fulfils counts as public).
    const host = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8')
      response.end(`<!doctype html><title>Article</title><h1>Article</h1>${code}`)
    })
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve))
    const address = host.address()
    if (address === null || typeof address === 'string') throw new Error('the host page has no port')
    try {
      await page.goto(`http://127.0.0.1:${address.port}/article`)
      const frame = page.frameLocator('iframe[data-roadmap-tracker]')
      await expect(frame.getByRole('region', { name: 'Topics by status' })).toBeVisible()
      await expect(frame.getByRole('banner')).toHaveCount(0)
      // The page's own height, margins included: what the frame must be to show it without a scrollbar.
      const content = await frame.locator('body').evaluate((body) => {
        const style = getComputedStyle(body)
        return Math.ceil(
          body.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom),
        )
      })
      expect(content).not.toBe(560)
      await expect
        .poll(() => page.locator('iframe').evaluate((element) => element.getBoundingClientRect().height))
        .toBe(content)
    } finally {
      host.close()
    }
  })

  test('a view embeds without the tracker’s header, search and navigation', async ({ page }) => {
    await page.goto('/?view=board&topic=gas&embed=view')
    await expect(page.getByRole('heading', { name: 'Status board' })).toBeVisible()
    await expect(page.locator('tr[data-item-id]').first()).toBeVisible()
    await expect(page.getByRole('banner')).toHaveCount(0)
    await expect(page.getByRole('navigation')).toHaveCount(0)
    await expect(page.getByRole('link', { name: /Open in the tracker/ })).toHaveAttribute('target', '_blank')
    await expectNoAxeViolations(page)
  })
})
