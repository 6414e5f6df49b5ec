import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

interface StoredStory {
  readonly steps: readonly { readonly takeaway: { readonly en: string } }[]
}
const [defaultStory] = JSON.parse(readFileSync('data/story.json', 'utf8')) as StoredStory[]
const takeaways = defaultStory?.steps.map((step) => step.takeaway.en) ?? []

const counter = (page: Page) => page.locator('.deck__counter')
const currentSlide = (page: Page) => page.locator('.slide[data-current="true"]')

/**
 * Plays the deck from its first slide to its last with the keyboard and gives each step's takeaway in the order
 * told (a long step runs on to a slide of its own, told once) and every slide's heading after the title.
 */
async function playThrough(page: Page): Promise<{ told: string[]; headings: string[] }> {
  await expect(counter(page)).toHaveText(/^Slide 1 of \d+$/)
  const total = Number(/of (\d+)/.exec((await counter(page).textContent()) ?? '')?.[1])
  const told: string[] = []
  const headings: string[] = []
  for (let index = 2; index <= total; index++) {
    await page.keyboard.press(index % 2 === 0 ? 'ArrowRight' : 'PageDown')
    await expect(counter(page)).toHaveText(`Slide ${index} of ${total}`)
    headings.push((await currentSlide(page).getByRole('heading', { level: 3 }).textContent()) ?? '')
    const takeaway = currentSlide(page).locator('.slide__takeaway')
    if ((await takeaway.count()) === 0) continue
    // Each takeaway rests on numbered sources, shown on the slide.
    await expect(currentSlide(page).locator('.slide__refs')).toBeVisible()
    const said = (await takeaway.textContent()) ?? ''
    if (told.at(-1) !== said) told.push(said)
  }
  return { told, headings }
}

test.describe('story mode', () => {
  test('the default story plays from the first step to the last with the keyboard, each with its takeaway', async ({
    page,
  }) => {
    await page.goto('/?view=briefing')
    await expect(page.getByText('Playing the tracker’s story.')).toBeVisible()
    const { told, headings } = await playThrough(page)
    expect(told).toEqual(takeaways)
    expect(headings.at(-1)).toMatch(/^Sources/)
    expect(headings.filter((heading) => heading.startsWith('Sources'))[0]).toBe('Sources')
  })

  test('a story built in the app survives a reload and opens from its link in a fresh browser', async ({
    page,
    context,
    browser,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/?view=briefing&asOf=2019-12-07&topic=gas')
    const builder = page.getByRole('region', { name: 'Your story' })
    await builder.getByRole('button', { name: 'Start a story with the current view' }).click()
    await builder.getByRole('textbox', { name: 'Story title' }).fill('Gas in December 2019')
    await builder.getByRole('textbox', { name: 'Takeaway (one line)' }).fill('Gas was still open at Sochi.')
    await builder.getByRole('textbox', { name: 'Speaker notes' }).fill('Say who reported it.')
    await builder.getByRole('combobox', { name: 'Show the view as' }).selectOption('deadlines')
    await builder.getByRole('button', { name: 'Add current view as a step' }).click()
    await builder.getByRole('button', { name: 'Move step 2 up' }).press('Enter')
    await expect(builder.getByRole('heading', { level: 4 })).toHaveText([
      'Step 1: Deadlines, 7 Dec 2019',
      'Step 2: Status of the items, 7 Dec 2019',
    ])
    await expectNoAxeViolations(page)

    await page.reload()
    await expect(builder.getByRole('textbox', { name: 'Story title' })).toHaveValue('Gas in December 2019')
    await expect(builder.getByRole('textbox', { name: 'Takeaway (one line)' }).nth(1)).toHaveValue(
      'Gas was still open at Sochi.',
    )

    await builder.getByRole('button', { name: 'Play your story' }).click()
    await expect(page).toHaveURL(/story=mine/)
    await expect(counter(page)).toHaveText('Slide 1 of 4')
    await expect(currentSlide(page).getByRole('heading', { level: 3 })).toHaveText('Gas in December 2019')

    await builder.getByRole('button', { name: 'Copy the link to your story' }).click()
    await expect(builder.getByText('Link copied.')).toBeVisible()
    const link = await page.evaluate(() => navigator.clipboard.readText())
    expect(new URL(link).searchParams.get('story')).toMatch(/^[A-Za-z0-9_-]+$/)

    const fresh = await browser.newContext()
    const reader = await fresh.newPage()
    await reader.goto(link)
    await expect(reader.getByText('Playing a story shared by link; its words are its author’s.')).toBeVisible()
    await expect(reader.locator('.deck__counter')).toHaveText('Slide 1 of 4')
    await reader.keyboard.press('End')
    await reader.keyboard.press('PageUp')
    await expect(reader.locator('.slide[data-current="true"] .slide__takeaway')).toHaveText(
      'Gas was still open at Sochi.',
    )
    await expectNoAxeViolations(reader)
    await fresh.close()
  })

  test('the default story can be copied, its steps hidden and reordered for a session', async ({ page }) => {
    await page.goto('/?view=briefing')
    const builder = page.getByRole('region', { name: 'Your story' })
    await builder.getByRole('button', { name: 'Edit a copy of this story' }).click()
    await builder.getByRole('button', { name: 'Hide step 1 when playing' }).click()
    await builder.getByRole('button', { name: 'Move step 6 up' }).click()
    await builder.getByRole('button', { name: 'Play your story' }).click()
    const { told } = await playThrough(page)
    // The first step is left out, and the last is told before the one it was moved above.
    const [, second, third, fourth, fifth, sixth] = takeaways
    expect(told).toEqual([second, third, fourth, sixth, fifth])
    await expectNoAxeViolations(page)
  })
})
