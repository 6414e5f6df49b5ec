import { expect, test } from '@playwright/test'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { expectNoAxeViolations } from './axe'

// playwright.config.ts builds the one-file version next to the served one and names its folder here.
const singleFile = pathToFileURL(resolve(process.env.E2E_SINGLE_DIR ?? 'dist-single', 'index.html')).href

test.describe('the one-file offline build', () => {
  test('opens from file:// under its own Content-Security-Policy and shows every view', async ({ page }) => {
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text())
    })
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`)
      })
    })
    await page.goto(singleFile)

    const story = page.getByRole('list', { name: 'What happened, in numbers' })
    await expect(story.getByText('11 of 31', { exact: true })).toBeVisible()
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    // Only the inlined code, by its hash: no 'self', no 'unsafe-inline', no eval, no remote origin.
    // Two scripts: first-paint.js, inline before the first paint, and the app.
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*' 'sha256-[A-Za-z0-9+/]+=*';/)
    expect(policy).toMatch(/style-src 'sha256-[A-Za-z0-9+/]+=*';/)
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*|script-src[^;]*'self'/)
    await expectNoAxeViolations(page)

    const nav = page.getByRole('navigation', { name: 'Views' })
    for (const view of await nav.getByRole('link').allTextContents()) {
      await nav.getByRole('link', { name: view, exact: true }).click()
      await expect(nav.getByRole('link', { name: view, exact: true })).toHaveAttribute('aria-current', 'page')
      await expect(page.locator('main#main')).not.toBeEmpty()
    }
    await page.getByRole('link', { name: 'Sources & methodology' }).click()
    await expect(page.getByRole('heading', { name: /^Sources \(\d+\)$/ })).toBeVisible()
    // The zip's code and library are inlined too: the whole dataset downloads with no server.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: 'Download all data as a zip: JSON, CSV tables, data package and citation' })
        .click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^roadmap-tracker_data_\d{4}-\d{2}-\d{2}\.zip$/)
    expect(problems).toEqual([])
  })
})
