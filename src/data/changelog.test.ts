import readme from '../../data/README.md?raw'
import { CHANGELOG } from './changelog'
import { DATA_VERSION } from './dataset-query'
import { datasetFromTexts, readBundledFiles } from './load-dataset'

describe('dataset changelog', () => {
  it('starts with the version the app ships', () => {
    expect(CHANGELOG[0]?.version).toBe(DATA_VERSION)
  })

  it('lists releases newest first, each once', () => {
    const versions = CHANGELOG.map((release) => release.version)
    expect(versions).toEqual([...new Set(versions)].sort().reverse())
  })

  it('describes the bundled data as it is: record counts and the latest fact', async () => {
    const dataset = datasetFromTexts(await readBundledFiles(), { requireFullProgramme: true })
    const latest = CHANGELOG[0]
    const count = (set: string) => dataset.items.filter((item) => item.set === set).length
    expect(latest?.records).toEqual({
      roadmaps: count('roadmaps'),
      programmes: count('programmes'),
      targets: dataset.targets.length,
      counts: dataset.counts.length,
      events: dataset.events.length,
      sources: dataset.sources.length,
    })
    expect(latest?.factsAsOf).toBe(dataset.latestFactDate)
  })

  it('is kept in step with the changelog in data/README.md', () => {
    const section = readme.slice(readme.indexOf('## Changelog'))
    for (const release of CHANGELOG) {
      expect(section).toContain(`**${release.version}**`)
      expect(section).toContain(`${release.records.sources} sources`)
    }
  })
})
