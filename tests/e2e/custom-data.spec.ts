import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { expectNoAxeViolations } from './axe'
import { breakSavedDataset, bundledExport, firstOf, realDataset, recordsOf, upload } from './dataset-file'

const OWN_TITLE = 'A source of my own tracker'
const mine = () => realDataset((json) => (firstOf(json, 'sources.json').title = { en: OWN_TITLE, ru: OWN_TITLE }))

async function openDialog(page: Page) {
  await page.getByRole('button', { name: 'Your own data' }).click()
  const dialog = page.getByRole('dialog', { name: 'Your own dataset' })
  await expect(dialog).toBeVisible()
  return dialog
}

test.describe('your own dataset', () => {
  test('loads a file, keeps it across reloads and reverts in one click', async ({ page }) => {
    await page.goto('/')
    const dialog = await openDialog(page)
    await expectNoAxeViolations(page)
    await dialog.getByLabel('Choose a JSON file').setInputFiles(upload('my-tracker.json', mine()))
    const status = dialog.getByRole('status')
    await expect(status).toContainText('Loaded my-tracker.json (roadmaps: 31, programmes: 28, sources: 142')
    await expect(status).toContainText('It is kept in this browser across reloads.')
    await expectNoAxeViolations(page)

    // Esc closes the dialog and focus goes back to the button that opened it.
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('button', { name: 'Your own data' })).toBeFocused()
    const header = page.getByRole('banner')
    await expect(header).toContainText('Custom data: my-tracker.json')

    await page.reload()
    await expect(header).toContainText('Custom data: my-tracker.json')
    await page.getByRole('link', { name: 'Sources & methodology' }).click()
    await expect(page.getByRole('cell', { name: OWN_TITLE })).toBeVisible()
    await expectNoAxeViolations(page)

    await header.getByRole('button', { name: 'Revert to bundled data' }).click()
    await expect(page.getByText('Showing the bundled data again.')).toBeFocused()
    await expect(page.getByRole('cell', { name: OWN_TITLE })).toHaveCount(0)
    await expect(header).not.toContainText('Custom data:')
    await page.reload()
    await expect(page.getByRole('heading', { name: 'Sources and methodology' })).toBeVisible()
    await expect(page.getByRole('cell', { name: OWN_TITLE })).toHaveCount(0)
    await expect(header).not.toContainText('Custom data:')
  })

  test('an invalid file lists its problems by file, record and field, and changes nothing', async ({ page }) => {
    await page.goto('/?view=methodology')
    const dialog = await openDialog(page)
    const broken = realDataset((json) => {
      const events = recordsOf(json, 'events.json')
      const [first] = events
      if (first) events.push({ ...first })
    })
    await dialog.getByLabel('Choose a JSON file').setInputFiles(upload('broken.json', broken))
    const alert = dialog.getByRole('alert')
    await expect(alert.getByRole('heading', { name: 'broken.json was not loaded' })).toBeVisible()
    await expect(alert.getByRole('row').nth(1)).toHaveText(/broken\.json › events\.json\s*E001\s*id\s*duplicate id/)
    await expectNoAxeViolations(page)

    await page.keyboard.press('Escape')
    await expect(page.getByRole('banner')).not.toContainText('Custom data:')
    await expect(page.getByRole('heading', { name: 'Sources (142)' })).toBeVisible()
  })

  test('the downloaded dataset is the bundled data and loads back unchanged', async ({ page }) => {
    await page.goto('/')
    const dialog = await openDialog(page)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download the current dataset (JSON)' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^roadmap-tracker_dataset_\d{4}-\d{2}-\d{2}\.json$/)
    const path = await download.path()
    expect(readFileSync(path, 'utf8')).toBe(bundledExport())

    await dialog.getByLabel('Choose a JSON file').setInputFiles(path)
    await expect(dialog.getByRole('status')).toContainText('roadmaps: 31, programmes: 28')
    await page.keyboard.press('Escape')
    await expect(page.getByRole('banner')).toContainText('Custom data:')
    await expect(page.getByRole('list', { name: 'What happened, in numbers' }).getByText('11 of 31')).toBeVisible()
  })

  test('a file dropped anywhere on the page is loaded', async ({ page }) => {
    await page.goto('/')
    // The loading screen has the same heading; the button shows the app (and its drop handler) is there.
    await expect(page.getByRole('button', { name: 'Your own data' })).toBeVisible()
    const text = JSON.stringify(mine())
    const transfer = await page.evaluateHandle((content) => {
      const data = new DataTransfer()
      data.items.add(new File([content], 'dropped.json', { type: 'application/json' }))
      return data
    }, text)
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer })
    await expect(page.getByText('Drop the JSON file to load it')).toBeVisible()
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer })
    await expect(page.getByText('Drop the JSON file to load it')).toBeHidden()
    const dialog = page.getByRole('dialog', { name: 'Your own dataset' })
    await expect(dialog.getByRole('status')).toContainText('Loaded dropped.json')
    await expect(page.getByRole('banner')).toContainText('Custom data: dropped.json')
  })

  test('a saved dataset that a reload finds broken names its problems and offers the way back', async ({ page }) => {
    await page.goto('/')
    const dialog = await openDialog(page)
    await dialog.getByLabel('Choose a JSON file').setInputFiles(upload('saved.json', mine()))
    await expect(dialog.getByRole('status')).toContainText('kept in this browser')

    // As if a newer version of the app no longer accepted what was saved: an impossible date in the stored copy.
    await page.evaluate(breakSavedDataset)
    await page.reload()

    const alert = page.getByRole('alert')
    await expect(alert.getByRole('heading', { name: 'The data could not be loaded' })).toBeVisible()
    await expect(alert.getByRole('row').nth(1)).toHaveText(
      /saved\.json › events\.json\s*E\d{3}\s*date\s*not a real calendar date/,
    )
    await expectNoAxeViolations(page)
    // A Russian reader's link gives the same screen in Russian.
    await page.goto('/?lang=ru')
    await expect(page.getByRole('heading', { name: 'Не удалось загрузить данные' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
    await page.goto('/')
    await page.getByRole('button', { name: 'Revert to bundled data' }).click()
    await expect(page.getByRole('heading', { name: 'What happened, in numbers' })).toBeVisible()
    await expect(page.getByRole('banner')).not.toContainText('Custom data:')
  })
})
