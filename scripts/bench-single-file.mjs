// The one-file offline build, as a briefer carries it: its size, and how long it takes from opening the file
// (file://, under its own Content-Security-Policy) to the overview's first screen.
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { median, round } from './bench-report.mjs'
import { watchFirstScreen } from './bench-page.mjs'

export const SINGLE_FILE_LOADS = 3

/** Each load in a new browser context: nothing cached from the one before, as when the file is first opened. */
async function coldOpen(browser, url, { firstScreen, viewport }) {
  const context = await browser.newContext({ viewport })
  const errors = []
  try {
    await context.addInitScript(watchFirstScreen, firstScreen)
    const page = await context.newPage()
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(url)
    await page.waitForFunction(() => window.__benchFirstScreen !== undefined, null, { timeout: 60_000 })
    if (errors.length > 0) throw new Error(`the one-file build failed from file://: ${errors.join('; ')}`)
    return page.evaluate(() => window.__benchFirstScreen)
  } finally {
    await context.close()
  }
}

export async function measureSingleFile(browser, file, options) {
  const bytes = readFileSync(file)
  const url = pathToFileURL(file).href
  const times = []
  for (let load = 0; load < SINGLE_FILE_LOADS; load++) times.push(await coldOpen(browser, url, options))
  return {
    mb: round(bytes.length / 1024 ** 2, 2),
    gzipKb: round(gzipSync(bytes, { level: 9 }).length / 1024, 0),
    openMs: round(median(times), 0),
    times: times.map((ms) => round(ms, 0)),
  }
}
