import { expect, test } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { parse } from 'yaml'
import { expectNoAxeViolations } from './axe'
import { downloadFrom, parseCsv } from './downloads'

interface PackageResource {
  readonly path: string
  readonly schema: { readonly fields: readonly { readonly name: string }[] }
}

/** A CSV's rows as records keyed by its header. */
function records(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text).rows
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])))
}

test.describe('open data', () => {
  test('the whole dataset downloads as one zip of CSV and JSON with its package and citation', async ({ page }) => {
    await page.goto('/?view=methodology')
    await expect(page.getByRole('heading', { name: 'Reuse the data' })).toBeVisible()
    await expectNoAxeViolations(page)

    const zip = await downloadFrom(
      page.getByRole('button', { name: 'Download all data as a zip: JSON, CSV tables, data package and citation' }),
    )
    expect(zip.name).toMatch(/^roadmap-tracker_data_\d{4}-\d{2}-\d{2}\.zip$/)
    await expect(page.getByText(`Downloaded: ${zip.name}`)).toBeVisible()
    const folder = zip.name.replace(/\.zip$/, '')
    const files = new Map(
      Object.entries(unzipSync(new Uint8Array(zip.body))).map(([path, bytes]) => [
        path.slice(folder.length + 1),
        bytes,
      ]),
    )
    const text = (path: string) => {
      const bytes = files.get(path)
      if (!bytes) throw new Error(`${path} is not in the zip`)
      return strFromU8(bytes)
    }

    const dataPackage = JSON.parse(text('datapackage.json')) as { version: string; resources: PackageResource[] }
    expect(zip.name).toContain(dataPackage.version)
    expect((parse(text('CITATION.cff')) as { version: string }).version).toBe(dataPackage.version)
    const csvs = dataPackage.resources.filter((resource) => resource.path.endsWith('.csv'))
    expect(csvs.length).toBeGreaterThanOrEqual(6)
    for (const resource of csvs) {
      const bytes = files.get(resource.path)
      // A byte-order mark, so spreadsheets read the file as UTF-8.
      expect([...(bytes ?? []).slice(0, 3)], resource.path).toEqual([0xef, 0xbb, 0xbf])
      const rows = parseCsv(text(resource.path)).rows
      expect(rows[0], resource.path).toEqual(resource.schema.fields.map((field) => field.name))
      for (const row of rows) expect(row, resource.path).toHaveLength(rows[0]?.length ?? 0)
    }

    const sourceIds = new Set(records(text('csv/sources.csv')).map((source) => source.id))
    const items = records(text('csv/items.csv'))
    const history = records(text('csv/item_status_history.csv'))
    for (const set of ['roadmaps', 'programmes']) {
      const ofSet = items.filter((item) => item.set === set)
      expect(ofSet, set).toHaveLength(set === 'roadmaps' ? 31 : 28)
      for (const item of ofSet) {
        const cited = [
          ...(item.sources ?? '').split(' '),
          ...history.filter((row) => row.item_id === item.id).flatMap((row) => (row.sources ?? '').split(' ')),
        ]
        expect(cited.filter((id) => id !== '').length, item.id).toBeGreaterThan(0)
        for (const id of cited) expect(sourceIds.has(id), `${item.id} cites ${id}`).toBe(true)
      }
    }
    // Both languages where the data has both.
    const topics = records(text('csv/topics.csv'))
    expect(topics.every((topic) => topic.label_en && /[а-яё]/i.test(topic.label_ru ?? ''))).toBe(true)
    const jsonItems = JSON.parse(text('roadmaps.json')) as unknown[]
    expect(jsonItems).toHaveLength(31)
  })

  test('the page head and the methodology point to an Atom feed with one entry per dataset version', async ({
    page,
  }) => {
    await page.goto('/?view=methodology')
    const versions = page.getByRole('list', { name: 'Dataset versions' }).getByRole('listitem')
    await expect(versions.first()).toBeVisible()
    const headLink = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')
    const pageLink = await page.getByRole('link', { name: 'dataset versions (Atom feed)' }).getAttribute('href')
    expect(headLink).toMatch(/^https?:\/\/.+\/feed\.xml$/)
    expect(pageLink).toBe(headLink)

    // Served from this build: the links name the published address, which this test server is not.
    const response = await page.request.get('/feed.xml')
    expect(response.ok()).toBe(true)
    const feed = await page.evaluate(
      (xml) => {
        const document = new DOMParser().parseFromString(xml, 'application/xml')
        const atom = 'http://www.w3.org/2005/Atom'
        return {
          wellFormed: document.getElementsByTagName('parsererror').length === 0,
          root: `${document.documentElement.namespaceURI} ${document.documentElement.localName}`,
          entries: [...document.getElementsByTagNameNS(atom, 'entry')].map(
            (entry) => entry.getElementsByTagNameNS(atom, 'title')[0]?.textContent,
          ),
        }
      },
      await response.text(),
    )
    expect(feed.wellFormed).toBe(true)
    expect(feed.root).toBe('http://www.w3.org/2005/Atom feed')
    const shown = await versions.getByText(/^Version \S+$/).allTextContents()
    expect(feed.entries).toEqual(shown.map((stamp) => `Dataset version ${stamp.replace(/^Version /, '')}`))
  })
})
