import { chromium } from '@playwright/test'
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const jobs = process.argv.slice(2)
for (const job of jobs) {
  const [name, query, w, h, scheme, y = '0', clipH = '1300'] = job.split('|')
  const page = await b.newPage({ viewport: { width: Number(w), height: Number(h) }, colorScheme: scheme })
  await page.goto('http://127.0.0.1:4399/?' + query)
  await page.locator('main#main h2').first().waitFor()
  await page.waitForTimeout(1200)
  await page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: true, clip: { x: 0, y: Number(y), width: Number(w), height: Number(clipH) } })
  await page.close()
}
await b.close()
