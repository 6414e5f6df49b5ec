import { expect, test, type Page } from '@playwright/test'
import { firstOf, realDataset, upload } from './dataset-file'

/** Fails every request for the built file whose name starts with `chunk` (a retry's ?retry=N too) until undone. */
async function blockChunk(page: Page, chunk: string): Promise<() => Promise<void>> {
  const pattern = new RegExp(`/assets/${chunk}-[\\w-]+\\.js(\\?|$)`)
  const fail = (route: Parameters<Parameters<Page['route']>[1]>[0]) => route.abort('internetdisconnected')
  await page.route(pattern, fail)
  return () => page.unroute(pattern, fail)
}

async function openDialog(page: Page) {
  await page.getByRole('button', { name: 'Your own data' }).click()
  return page.getByRole('dialog', { name: 'Your own dataset' })
}

const VIEWS = [
  { nav: 'Board', chunk: 'board-panel', heading: 'Status board' },
  { nav: 'Charts', chunk: 'charts-panel', heading: 'Charts' },
  { nav: 'Timeline', chunk: 'timeline-panel', heading: 'Timeline' },
  { nav: 'Briefing', chunk: 'briefing-panel', heading: 'Briefing' },
] as const

/** Windows-1251 for the characters the data uses; anything else as "?". */
function toCp1251(text: string): Buffer {
  const special: Record<string, number> = { Ё: 0xa8, ё: 0xb8, '–': 0x96, '—': 0x97, '«': 0xab, '»': 0xbb, '“': 0x93 }
  Object.assign(special, { '”': 0x94, '‘': 0x91, '’': 0x92, '№': 0xb9, '…': 0x85, І: 0xb2, і: 0xb3, Ў: 0xa1, ў: 0xa2 })
  const bytes = [...text].map((char) => {
    const code = char.codePointAt(0) ?? 0x3f
    if (code < 0x80) return code
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0
    return special[char] ?? 0x3f
  })
  return Buffer.from(bytes)
}

test.describe('a failed load recovers', () => {
  for (const { nav, chunk, heading } of VIEWS) {
    test(`the ${nav} view whose code did not download opens on Try again`, async ({ page }) => {
      await page.goto('/')
      await expect(page.getByRole('heading', { name: 'What happened, in numbers' })).toBeVisible()
      const unblock = await blockChunk(page, chunk)
      await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: nav }).click()
      const alert = page.getByRole('main').getByRole('alert')
      await expect(alert).toContainText(`This panel failed to draw: ${nav}`)
      await expect(alert).toContainText('Its code could not be downloaded')
      await expect(alert.getByRole('button', { name: 'Reload the page' })).toBeVisible()

      await unblock()
      await alert.getByRole('button', { name: 'Try again' }).click()
      await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible()
      await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0)
    })
  }

  test('the methodology page and a chart whose code did not download open on Try again', async ({ page }) => {
    await page.goto('/?view=board')
    await expect(page.getByRole('heading', { name: 'Status board' })).toBeVisible()
    let unblock = await blockChunk(page, 'methodology-panel')
    await page.getByRole('link', { name: 'Sources & methodology' }).click()
    await expect(page.getByRole('main').getByRole('alert')).toContainText('Its code could not be downloaded')
    await unblock()
    await page.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByRole('heading', { name: 'Sources and methodology' })).toBeVisible()

    unblock = await blockChunk(page, 'status-bar-chart')
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Charts' }).click()
    await expect(page.getByRole('main').getByRole('alert')).toContainText('Its code could not be downloaded')
    await unblock()
    await page.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByRole('heading', { name: 'Charts', level: 2 })).toBeVisible()
    await expect(page.getByRole('application', { name: 'Status breakdown' })).toBeVisible()
  })

  test('an import whose checker did not download says so, and Try again reads the file', async ({ page }) => {
    await page.goto('/')
    const unblock = await blockChunk(page, 'custom-dataset')
    const dialog = await openDialog(page)
    await dialog.getByLabel('Choose a JSON file').setInputFiles(upload('mine.json', realDataset()))
    await expect(dialog.getByRole('status')).toHaveText(
      'mine.json: the code that checks a file could not be downloaded, so the file was not read. Check the connection and try again; if it still fails, reload the page.',
    )
    await unblock()
    await dialog.getByRole('button', { name: 'Try again' }).click()
    await expect(dialog.getByRole('status')).toContainText('Loaded mine.json (roadmaps: 31, programmes: 28')
  })

  test('an export whose code did not download says so, and the next click downloads', async ({ page }) => {
    await page.goto('/?view=board&lang=ru')
    const unblock = await blockChunk(page, 'board-export')
    const csv = page.getByRole('button', { name: /CSV/ }).first()
    await csv.click()
    await expect(page.getByText('Экспорт не удался: его код не загрузился.')).toBeVisible()
    await unblock()
    const [download] = await Promise.all([page.waitForEvent('download'), csv.click()])
    expect(download.suggestedFilename()).toMatch(/\.csv$/)
  })
})

test.describe('the saved dataset is never lost silently', () => {
  test('an import in one tab shows in the other, and so does a revert', async ({ context }) => {
    const first = await context.newPage()
    const second = await context.newPage()
    await first.goto('/')
    await second.goto('/?view=methodology')
    await expect(second.getByRole('heading', { name: 'Sources and methodology' })).toBeVisible()

    const dialog = await openDialog(first)
    const mine = realDataset(
      (json) => (firstOf(json, 'sources.json').title = { en: 'From the first tab', ru: 'Из первой вкладки' }),
    )
    await dialog.getByLabel('Choose a JSON file').setInputFiles(upload('first-tab.json', mine))
    await expect(dialog.getByRole('status')).toContainText('It is kept in this browser across reloads.')

    await expect(second.getByRole('banner')).toContainText('Custom data: first-tab.json')
    await expect(second.getByRole('cell', { name: 'From the first tab' })).toBeVisible()
    await second.getByRole('banner').getByRole('button', { name: 'Revert to bundled data' }).click()
    await expect(first.getByRole('banner')).not.toContainText('Custom data:')
    await first.reload()
    await expect(first.getByRole('heading', { name: 'What happened, in numbers' })).toBeVisible()
    await expect(first.getByRole('banner')).not.toContainText('Custom data:')
  })

  test('with localStorage full, an import says it is not kept, and a reload keeps the promise', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { name: 'What happened, in numbers' })).toBeVisible()
    await page.evaluate(() => {
      const block = 'x'.repeat(256 * 1024)
      for (let index = 0; ; index++) {
        try {
          localStorage.setItem(`filler-${index}`, block)
        } catch {
          break
        }
      }
      // Fill the last bytes too, so even a short flag does not fit.
      for (let index = 0; ; index++) {
        try {
          localStorage.setItem(`small-${index}`, 'x'.repeat(64))
        } catch {
          break
        }
      }
    })
    const dialog = await openDialog(page)
    await dialog.getByLabel('Choose a JSON file').setInputFiles(upload('full.json', realDataset()))
    await expect(dialog.getByRole('status')).toContainText(
      'This browser would not store it, so it lasts only until the page is closed.',
    )
    await page.keyboard.press('Escape')
    await expect(page.getByRole('banner')).toContainText('Custom data: full.json (until this page is closed)')
    await page.reload()
    await expect(page.getByRole('heading', { name: 'What happened, in numbers' })).toBeVisible()
    await expect(page.getByRole('banner')).not.toContainText('Custom data:')
  })
})

test.describe('bad input is named', () => {
  test('a Windows-1251 copy of the data is refused with its encoding named', async ({ page }) => {
    await page.goto('/')
    const dialog = await openDialog(page)
    const file = { name: 'cp1251.json', mimeType: 'application/json', buffer: toCp1251(JSON.stringify(realDataset())) }
    await dialog.getByLabel('Choose a JSON file').setInputFiles(file)
    await expect(dialog.getByRole('alert')).toContainText(
      'not UTF-8 text: it looks like Windows-1251; save it as UTF-8 and load it again',
    )
    await expect(page.getByRole('banner')).not.toContainText('Custom data:')
  })
})

test.describe('hosting', () => {
  test('the server sends the headers a careful host sends', async ({ request }) => {
    const response = await request.get('/')
    const headers = response.headers()
    // Any site may frame the tracker: that is what its embed code is for.
    expect(headers['content-security-policy']).toContain('frame-ancestors *')
    expect(headers['x-frame-options']).toBeUndefined()
    expect(headers['content-security-policy']).toContain("default-src 'none'")
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('no-referrer')
  })
})

test.describe('offline after the first visit', () => {
  test.use({ serviceWorkers: 'allow' })

  test('every view, the deck and an import work with the network gone', async ({ page, context }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { name: 'What happened, in numbers' })).toBeVisible()
    // Ready once the worker has installed, that is, once every file of the build is in its cache.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    await context.setOffline(true)
    await page.reload()
    await expect(page.getByRole('heading', { name: 'What happened, in numbers' })).toBeVisible()
    const nav = page.getByRole('navigation', { name: 'Views' })
    for (const { nav: name, heading } of VIEWS) {
      await nav.getByRole('link', { name }).click()
      await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible()
      await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0)
    }
    await nav.getByRole('link', { name: 'Charts' }).click()
    await expect(page.getByRole('application', { name: 'Status breakdown' })).toBeVisible()
    await page.getByRole('link', { name: 'Sources & methodology' }).click()
    await expect(page.getByRole('heading', { name: 'Sources and methodology' })).toBeVisible()

    const dialog = await openDialog(page)
    await dialog.getByLabel('Choose a JSON file').setInputFiles(upload('offline.json', realDataset()))
    await expect(dialog.getByRole('status')).toContainText('Loaded offline.json (roadmaps: 31, programmes: 28')
    await context.setOffline(false)
  })
})
