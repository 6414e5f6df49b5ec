import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs'
const [url, out, w = '1280', h = '900', y = '0', scheme = 'light'] = process.argv.slice(2)
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme })
await page.goto(url)
await page.waitForLoadState('networkidle')
await page.waitForTimeout(1500)
await page.evaluate((y) => window.scrollTo(0, y), +y)
await page.waitForTimeout(300)
await page.screenshot({ path: out })
await browser.close()
