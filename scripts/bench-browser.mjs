// The benchmark's browser side: load a dataset the way a user does, time first screens and interactions, read the
// heap. One fresh browser context per dataset, so no dataset's storage or caches reach another's.
import { installBench, watchFirstScreen } from './bench-page.mjs'
import { median, round, summarize } from './bench-report.mjs'

export const RUNS = 30
/** Uncounted runs first: the first toggle of a control pays for code and caches warming up. Even, so a toggle ends off. */
export const WARMUP = 2
export const INTERACTIONS = ['topic', 'search', 'asOf', 'compare']
export const INTERACTION_NAMES = {
  topic: 'topic filter',
  search: 'search keystroke',
  asOf: 'as-of change',
  compare: 'comparison-date change',
}
/** The first meaningful screen: the overview's story, or the board's first row once its list is settled. */
export const FIRST_SCREEN = { overview: 'ol.story > li', board: '.board-results[aria-busy="false"] tbody tr' }
export const VIEWPORT = { width: 1280, height: 800 }

async function firstScreen(page, url) {
  await page.goto(url)
  await page.waitForFunction(() => window.__benchFirstScreen !== undefined, null, { timeout: 180_000 })
  return page.evaluate(() => window.__benchFirstScreen)
}

/** One uncounted load warms the HTTP cache (and, for a user's dataset, browser storage); then `n` counted loads. */
async function loadTimes(page, url, n) {
  await firstScreen(page, url)
  const times = []
  for (let i = 0; i < n; i++) times.push(await firstScreen(page, url))
  return round(median(times), 0)
}

async function heapKb(page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('Performance.enable')
  const { metrics } = await cdp.send('Performance.getMetrics')
  await cdp.detach()
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value
  return used === undefined ? null : Math.round(used / 1024)
}

/** Loads the file through the "Your own data" dialog, as a user would; returns ms until it reports success. */
async function importDataset(page, base, path) {
  await page.goto(base)
  await page.getByRole('button', { name: 'Your own data' }).click()
  const dialog = page.getByRole('dialog', { name: 'Your own dataset' })
  const start = performance.now()
  await dialog.getByLabel('Choose a JSON file').setInputFiles(path)
  await dialog.getByRole('status').filter({ hasText: 'Loaded' }).waitFor({ timeout: 180_000 })
  const ms = performance.now() - start
  await page.keyboard.press('Escape')
  return Math.round(ms)
}

async function measure(page, base, kind) {
  if (kind === 'compare') {
    await page.goto(`${base}?view=charts`)
    await page.locator('.chart-frame').first().waitFor({ timeout: 180_000 })
    await page.locator('.chart-loading, [aria-busy="true"]').first().waitFor({ state: 'detached' })
  } else {
    await firstScreen(page, `${base}?view=board`)
  }
  await page.evaluate(installBench)
  const runs = await page.evaluate(([k, n, warmup]) => window.__bench.measure(k, n, warmup), [kind, RUNS, WARMUP])
  const totals = runs.map((run) => run.total)
  return {
    ...summarize(totals),
    // The input's own echo (a ticked box, the typed letter) is on screen after `firstCommit`; the rest follows.
    firstCommit: summarize(runs.map((run) => run.first)),
    times: totals.map((ms) => round(ms, 2)),
  }
}

/** First screens, heap and the four interactions for one dataset (`path`: a file to import, or null for the bundled data). */
export async function measureDataset(browser, base, dataset, path, log) {
  const context = await browser.newContext({ viewport: VIEWPORT })
  await context.addInitScript(watchFirstScreen, FIRST_SCREEN)
  const page = await context.newPage()
  try {
    const importMs = path ? await importDataset(page, base, path) : null
    const overview = await loadTimes(page, base, dataset.loads)
    const board = await loadTimes(page, `${base}?view=board`, dataset.loads)
    const heap = await heapKb(page)
    const interactions = {}
    for (const kind of INTERACTIONS) {
      // Each kind starts from a fresh page, so one kind's leftovers (a filter, a query) do not change the next.
      interactions[kind] = await measure(page, base, kind)
      log(`  ${dataset.label}: ${kind} p50 ${interactions[kind].p50} ms, p95 ${interactions[kind].p95} ms`)
    }
    return { ...dataset, importMs, firstScreen: { overview, board }, heapKb: heap, interactions }
  } finally {
    await context.close()
  }
}

/** The fixed workload of bench-page.mjs, timed in a page of its own. */
export async function calibrate(browser, base) {
  const page = await browser.newPage()
  await page.goto(base)
  await page.evaluate(installBench)
  const ms = await page.evaluate(() => window.__bench.calibrate())
  await page.close()
  return round(ms, 1)
}
