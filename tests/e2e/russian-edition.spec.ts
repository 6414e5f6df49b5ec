import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { realDataset, recordsOf } from './dataset-file'

// Words a Russian page may show in Latin script: publications' own names, file formats and the licence's name.
// Anything marked with another `lang` (an English title as published, a Belarusian quote) is left out of the count,
// and so is the language switcher, which names each language in itself on purpose.
const publicationWords = new Set(
  recordsOf(realDataset(), 'sources.json').flatMap((source) => {
    const words = String((source.publisher as { ru: string }).ru).split(/[^\p{L}'’-]+/u)
    return [...words, ...words.flatMap((word) => word.split('-'))]
  }),
)
// File formats and the program one is named after (PowerPoint), a file's field name, the licence's name, key caps, and a broadcaster Russian text names as it is.
const LATIN_BY_NAME = new Set([
  ...['PNG', 'SVG', 'CSV', 'JSON', 'PPTX', 'PDF', 'PowerPoint', 'Atom', 'zip', 'UTF', 'citation'],
  ...['Creative', 'Commons', 'CC', 'BY', 'MIT'],
  ...['Page', 'Up', 'Down', 'Home', 'End', 'Esc', 'Enter'],
  'TRT',
])

/** The language switch names each language in itself and is named in both, so it is left out. */
const LANGUAGE_SWITCH = '[role="group"][aria-label="Language · Язык"]'

/** The Latin-script words on the page that are neither marked as another language nor names and formats. */
async function englishWords(page: Page, scope = 'body'): Promise<string[]> {
  const text = await page.locator(scope).evaluate((root, languageSwitch) => {
    const parts: string[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || parent.closest(`script, style, noscript, template, code, [hidden], ${languageSwitch}`)) continue
      const lang = parent.closest('[lang]')?.getAttribute('lang') ?? 'ru'
      if (!lang.startsWith('ru') && !lang.startsWith('be')) continue
      parts.push(node.textContent ?? '')
    }
    for (const element of root.querySelectorAll('[aria-label], [title]')) {
      if (element.closest(languageSwitch)) continue
      const lang = element.closest('[lang]')?.getAttribute('lang') ?? 'ru'
      if (!lang.startsWith('ru')) continue
      parts.push(element.getAttribute('aria-label') ?? '', element.getAttribute('title') ?? '')
    }
    return parts.join(' ')
  }, LANGUAGE_SWITCH)
  return text
    .split(/\s+/)
    .filter((token) => !/[./:@]|\d/.test(token))
    .flatMap((token) => token.split(/[^\p{L}'’-]+/u))
    .filter((word) => /^[A-Za-z][A-Za-z'’-]*$/.test(word) && word.length > 1)
    .filter((word) => !publicationWords.has(word) && !LATIN_BY_NAME.has(word))
}

async function openInRussian(page: Page, query: string): Promise<void> {
  await page.goto(`/?lang=ru&${query}`)
  await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible()
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
}

test.describe('the Russian edition', () => {
  for (const [name, query] of [
    ['overview', 'view=overview'],
    ['board with an item open', 'view=board&item=RM02'],
    ['charts', 'view=charts&compare=2019-11-01'],
    ['timeline', 'view=timeline'],
    ['briefing, every slide', 'view=briefing&compare=2019-11-01'],
    ['methodology', 'view=methodology'],
    ['deadline panel', 'view=overview&deadline=T12'],
  ] as const) {
    test(`shows no English sentence: ${name}`, async ({ page }) => {
      await openInRussian(page, query)
      expect(await englishWords(page)).toEqual([])
      await expectNoAxeViolations(page)
    })
  }

  test('shows no English sentence: every chart as a table', async ({ page }) => {
    await openInRussian(page, 'view=charts&compare=2019-11-01')
    const toggles = page.getByRole('button', { name: 'Показать таблицей' })
    await expect(toggles.first()).toBeVisible()
    for (const toggle of await toggles.all()) await toggle.click()
    await expect(page.getByRole('main').getByRole('table').first()).toBeVisible()
    expect(await englishWords(page)).toEqual([])
  })

  test('shows no English sentence: the own-data dialog and a malformed link’s notice', async ({ page }) => {
    await openInRussian(page, 'view=board&status=nonsense&topic=gas,unknown')
    await expect(page.getByRole('status').filter({ hasText: 'не распознаны' })).toBeVisible()
    expect(await englishWords(page)).toEqual([])
    await page.getByRole('button', { name: 'Свои данные' }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    expect(await englishWords(page, 'dialog[open]')).toEqual([])
  })

  test('shows quotes in their original wording, and in English marks the translation with the original beside it', async ({
    page,
  }) => {
    await openInRussian(page, 'view=timeline')
    await expect(page.getByText('на финишной прямой').first()).toBeVisible()
    await page.goto('/?view=timeline')
    const note = page.getByText(/\(translated from Russian; original: «[^»]*на финишной прямой/).first()
    await expect(note).toBeVisible()
    await expect(note.locator('[lang="ru"]', { hasText: 'на финишной прямой' })).toBeAttached()
  })
})
