import { describe, expect, it } from 'vitest'
import type { DatasetRelease } from '../src/data/changelog'
import { atomFeed } from './atom-feed'
import { withFeedLink } from './feed-plugin'

const SITE = 'https://tracker.example/'
const ATOM = 'http://www.w3.org/2005/Atom'

const release = (version: string, en: string): DatasetRelease => ({
  version,
  factsAsOf: '2026-02-26',
  records: { roadmaps: 31, programmes: 28, targets: 30, counts: 58, events: 83, sources: 134 },
  notes: { en, ru: 'Исправления' },
})

function parse(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, 'application/xml')
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0)
  return document
}

describe('the update feed', () => {
  const releases = [
    release('2026-12-01', 'Corrections <to> "counts" & dates.'),
    release('2026-11-25', 'First release.'),
  ]
  const feed = parse(atomFeed(releases, SITE))

  it('is an Atom feed with one entry per release, newest first, with absolute links', () => {
    expect(feed.documentElement.namespaceURI).toBe(ATOM)
    expect(feed.documentElement.localName).toBe('feed')
    const entries = [...feed.getElementsByTagNameNS(ATOM, 'entry')]
    expect(entries.map((entry) => entry.getElementsByTagNameNS(ATOM, 'title')[0]?.textContent)).toEqual([
      'Dataset version 2026-12-01',
      'Dataset version 2026-11-25',
    ])
    expect(entries[0]?.getElementsByTagNameNS(ATOM, 'id')[0]?.textContent).toBe(
      'https://tracker.example/?view=methodology#release-2026-12-01',
    )
    expect(feed.querySelector('feed > updated')?.textContent).toBe('2026-12-01T00:00:00Z')
    expect(feed.querySelector('feed > link[rel="self"]')?.getAttribute('href')).toBe('https://tracker.example/feed.xml')
  })

  it('says what changed, with the text escaped', () => {
    const summary = feed.getElementsByTagNameNS(ATOM, 'summary')[0]?.textContent
    expect(summary).toMatch(/^Corrections <to> "counts" & dates\. 31 roadmaps, 28 programmes/)
  })

  it('is announced in the page head', () => {
    const html = withFeedLink('<html><head><title>T</title></head><body></body></html>', SITE)
    expect(html).toContain(
      '<link rel="alternate" type="application/atom+xml" title="Dataset versions (Atom)" href="https://tracker.example/feed.xml" />\n  </head>',
    )
  })
})
