// The update feed: an Atom document with one entry per dataset release from the changelog, newest first, so a
// feed reader tells followers when a new version of the data is out and what changed.
import type { DatasetRelease } from '../src/data/changelog.ts'
import { DATA_LICENCE } from '../src/export/licence.ts'
import { exportText } from '../src/export/export-text.ts'

export const FEED_FILE = 'feed.xml'

const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const instant = (day: string) => `${day}T00:00:00Z`

/** Where the methodology page lists the release; also the entry's permanent id. */
export const releaseUrl = (site: string, version: string) => `${site}?view=methodology#release-${version}`

function recordsLine({ records, factsAsOf }: DatasetRelease): string {
  return `${records.roadmaps} roadmaps, ${records.programmes} programmes, ${records.targets} deadlines, ${records.counts} reported counts, ${records.events} events and ${records.sources} sources; facts up to ${factsAsOf}.`
}

function entry(release: DatasetRelease, site: string): string {
  const url = escapeXml(releaseUrl(site, release.version))
  return `  <entry>
    <title>Dataset version ${escapeXml(release.version)}</title>
    <id>${url}</id>
    <link rel="alternate" type="text/html" href="${url}"/>
    <updated>${instant(release.version)}</updated>
    <summary type="text">${escapeXml(`${release.notes.en} ${recordsLine(release)}`)}</summary>
    <content type="xhtml">
      <div xmlns="http://www.w3.org/1999/xhtml">
        <p>${escapeXml(release.notes.en)}</p>
        <p xml:lang="ru" lang="ru">${escapeXml(release.notes.ru)}</p>
        <p>${escapeXml(recordsLine(release))}</p>
      </div>
    </content>
  </entry>
`
}

/** `site` is the published address, ending in "/" (scripts/site.ts): feed readers need absolute links. */
export function atomFeed(releases: readonly DatasetRelease[], site: string): string {
  const title = exportText('en', 'citation.title')
  const updated = releases[0]?.version ?? '1970-01-01'
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>${escapeXml(`${title}: dataset versions`)}</title>
  <subtitle>Each new version of the tracker's data, with what changed.</subtitle>
  <id>${escapeXml(`${site}${FEED_FILE}`)}</id>
  <link rel="self" type="application/atom+xml" href="${escapeXml(`${site}${FEED_FILE}`)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(`${site}?view=methodology`)}"/>
  <updated>${instant(updated)}</updated>
  <author><name>The Union State Roadmap Tracker contributors</name></author>
  <rights>${escapeXml(`Data: ${DATA_LICENCE.name} ${DATA_LICENCE.url}; ${exportText('en', 'citation.thirdParty')}.`)}</rights>
${releases.map((release) => entry(release, site)).join('')}</feed>
`
}
