// Screenshots of each view at desktop and phone width, light and dark, for looking at what we built:
//   npm run build && npx vite preview --port 4173 &   then   node scripts/screenshots.mjs [base-url] [view ...]
// Writes screenshots/<view>-<width>-<scheme>.png.
import { chromium } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs'

const base = process.argv[2] ?? 'http://127.0.0.1:4173/'
const views = process.argv.slice(3).length > 0 ? process.argv.slice(3) : ['overview']
const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]

mkdirSync('screenshots', { recursive: true })
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
})
for (const view of views) {
  for (const size of sizes) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height }, colorScheme })
      const query = view.includes('=') ? view : `view=${view}`
      await page.goto(`${base}?${query}`)
      await page.waitForLoadState('networkidle')
      // Lazy views show a loading line first; wait for the view itself.
      await page
        .waitForFunction(
          () => !document.querySelector('[aria-busy="true"]') && !/Loading/.test(document.body.innerText),
          null,
          { timeout: 15000 },
        )
        .catch(() => console.log(`${view}: still loading after 15 s`))
      const name = view.replace(/[^a-z0-9]+/gi, '_')
      await page.screenshot({ path: `screenshots/${name}-${size.name}-${colorScheme}.png`, fullPage: true })
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      if (overflow > 0) console.log(`${name} ${size.name} ${colorScheme}: page overflows by ${overflow}px`)
      await page.close()
    }
  }
}
await browser.close()
console.log('screenshots written to screenshots/')
