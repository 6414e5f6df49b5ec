import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

const VIEWS = ['overview', 'board', 'charts', 'timeline', 'briefing', 'methodology'] as const
const THEME_KEY = 'union-state-roadmap-tracker:theme'

async function expectReadableContrast(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze()
  const failures = results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${where}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
  )
  expect(failures).toEqual([])
}

/** Waits for the view's own content, so the scan sees the drawn page and not the loading skeleton. */
async function openView(page: Page, query: string): Promise<void> {
  await page.goto(`/?${query}`)
  await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible()
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
}

test.describe('themes', () => {
  for (const theme of ['light', 'dark', 'contrast'] as const) {
    test(`every view passes the colour-contrast check in the ${theme} theme`, async ({ page }) => {
      for (const view of VIEWS) {
        await openView(page, `view=${view}&asOf=2019-12-10&theme=${theme}`)
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
        await expectReadableContrast(page, `${view} (${theme})`)
      }
    })
  }

  test('follows a dark system setting by default, and passes the check there too', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await openView(page, 'view=briefing&asOf=2019-12-10')
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('system')
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(background).toBe('rgb(18, 21, 27)')
    await expectReadableContrast(page, 'briefing (system dark)')
  })

  test('is switched from the header, kept in the URL and remembered; a link’s own theme wins', async ({ page }) => {
    await openView(page, 'view=methodology')
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'High contrast' })
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast')
    await expect(page).toHaveURL(/theme=contrast/)
    await expectNoAxeViolations(page)

    await openView(page, 'view=overview')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast')
    await expect(page).toHaveURL(/theme=contrast/)

    await openView(page, 'view=overview&theme=light')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
    expect(await page.evaluate((key) => window.localStorage.getItem(key), THEME_KEY)).toBe('contrast')

    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'As the system' })
    await openView(page, 'view=overview')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'system')
  })
})

test.describe('language', () => {
  test('the Russian interface shows Russian labels, names in Cyrillic and dates through Intl', async ({ page }) => {
    await openView(page, 'view=briefing&topic=gas,oil&asOf=2019-12-10')
    await page.getByRole('button', { name: 'Русский' }).click()
    await expect(page).toHaveURL(/lang=ru/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_RU)
    const nav = page.getByRole('navigation', { name: 'Разделы' })
    await expect(nav.getByRole('link', { name: 'Брифинг' })).toHaveAttribute('aria-current', 'page')

    // The slide shown (the story's title slide); the others are hidden.
    const slide = page.getByRole('region', { name: /^Слайд \d+ из \d+: / })
    await expect(slide.getByRole('heading', { level: 3 })).toHaveText(
      'Почему застопорился интеграционный пакет 2019 года и что из него вышло',
    )
    await expect(slide.getByText(/^с 16 сент\. 2019 г\. по \d+ \S+ \d{4} г\.$/)).toBeVisible()
    const deck = page.getByRole('region', { name: 'Слайды брифинга' })
    await expect(
      deck.getByRole('heading', { name: 'Статус пунктов на 16 сент. 2019 г.', includeHidden: true }),
    ).toBeAttached()
    await expect(deck.getByText(/^Семашко: /).first()).toBeAttached()
    await expectNoAxeViolations(page)

    await page.getByRole('link', { name: 'Источники и методика' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Источники и методика' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Как ссылаться на трекер' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Версии данных' })).toBeVisible()
    await expect(page.getByText('Снято с повестки (пункт 31, наднациональные органы).')).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Sources and methodology' })).toBeVisible()
  })
})

const TITLE_RU = 'Трекер дорожных карт Союзного государства'
const CODE_FAILED_RU = 'Код страницы не загрузился. Проверьте соединение и перезагрузите страницу.'

/** The app's built code and its stylesheet (whatever the bundler names their files). */
const APP_CODE = /\/assets\/[^/]*\.js$/
const APP_STYLESHEET = /\/assets\/[^/]*\.css$/

/** Holds the entry script back, so what shows is index.html's own loading screen (and the page never reaches
 * DOMContentLoaded, which waits for that script). */
async function holdAppCode(page: Page): Promise<void> {
  await page.route(APP_CODE, () => new Promise<void>(() => {}))
}

test.describe('before the app’s code has run', () => {
  test('the page already shows its titles in the link’s language and theme', async ({ page }) => {
    await holdAppCode(page)
    await page.goto('/?view=board&lang=ru&theme=dark', { waitUntil: 'commit' })
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_RU)
    await expect(page.getByRole('status')).toHaveText('Загрузка данных…')
    await expectNoAxeViolations(page)
  })

  test('assistive technology meets only the link’s language, also before the stylesheet applies', async ({ page }) => {
    let releaseStylesheet = () => {}
    const stylesheetHeld = new Promise<void>((resolve) => (releaseStylesheet = resolve))
    await page.route(APP_STYLESHEET, async (route) => {
      await stylesheetHeld
      await route.continue()
    })
    await holdAppCode(page)
    await page.goto('/?view=board&lang=ru', { waitUntil: 'commit' })
    // Both languages' copies are in the page, and the stylesheet that picks one has not arrived.
    await expect(page.getByRole('heading', { level: 1, includeHidden: true })).toHaveCount(2)
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0)
    await expect(page.getByRole('status')).toHaveCount(0)

    releaseStylesheet()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_RU)
    await expect(page.getByRole('status')).toHaveText('Загрузка данных…')
  })

  for (const [failed, files] of [
    ['the app’s code', APP_CODE],
    ['the app’s code and stylesheet', /\/assets\/[^/]*\.(js|css)$/],
  ] as const) {
    test(`if ${failed} cannot be loaded, the loading line says so`, async ({ page }) => {
      await page.route(files, (route) => route.abort())
      await page.goto('/?view=board&lang=ru')
      await expect(page.getByRole('status')).toHaveText(CODE_FAILED_RU)
      await expectNoAxeViolations(page)
    })
  }

  test('the app’s first screen takes the loading screen’s place', async ({ page }) => {
    await page.goto('/?view=board&lang=ru')
    await expect(page.getByRole('navigation', { name: 'Разделы' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
    await expect(page.getByText('Загрузка данных…')).toHaveCount(0)
  })
})

test.describe('without scripts', () => {
  test.use({ javaScriptEnabled: false })

  test('the page says it needs them, and shows no loading line that would never end', async ({ page }) => {
    await page.goto('/?lang=ru')
    // Playwright's text and role lookups skip <noscript>, so this one goes by markup.
    const message = page.locator('noscript > [lang="ru"]')
    await expect(message).toBeVisible()
    await expect(message).toHaveText('Для показа данных трекеру дорожных карт Союзного государства нужен JavaScript.')
    await expect(page.getByRole('status')).toHaveCount(0)
    await expect(page.getByRole('heading')).toHaveCount(0)
  })
})
