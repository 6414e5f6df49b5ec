import { parseCustomFile } from '../data/custom-dataset'
import { parseDataset } from '../data/parse-dataset'
import type { Dataset } from '../domain/types'
import { makeSyntheticDataset } from './synthetic'
import { toDataFilesJson, toDataFileTexts } from './synthetic-files'

const history = (dataset: Dataset) =>
  dataset.items.map((item) => [item.set, item.history.map((change) => `${change.date.start} ${change.status}`)])

describe('synthetic datasets as stored data files', () => {
  it.each([
    [31, 1],
    [1000, 2],
  ])('%i items pass the data checks and come back with the same records', (size, seed) => {
    const synthetic = makeSyntheticDataset(size, seed)
    const result = parseDataset(toDataFileTexts(synthetic), { requireFullProgramme: false })
    if (!result.ok)
      throw new Error(result.problems.map((p) => `${p.file} ${p.record} ${p.field}: ${p.message}`).join('\n'))
    const parsed = result.dataset
    expect(parsed.items).toHaveLength(size)
    expect(parsed.items.filter((item) => item.set === 'programmes')).toHaveLength(Math.round(size * 0.2))
    expect(history(parsed)).toEqual(history(synthetic))
    const counted = (dataset: Dataset) => [
      dataset.sources.length,
      dataset.people.length,
      dataset.topics.length,
      dataset.targets.length,
      dataset.targets.flatMap((target) => target.appliesTo).length,
      dataset.targets.flatMap((target) => target.outcomes).length,
      dataset.counts.length,
      dataset.events.length,
    ]
    expect(counted(parsed)).toEqual(counted(synthetic))
  })

  it('is one JSON object the "Your own data" import accepts', () => {
    const json = toDataFilesJson(makeSyntheticDataset(200, 3))
    const result = parseCustomFile('synthetic-200.json', JSON.stringify(json))
    expect(result.ok && result.dataset.items.length).toBe(200)
  })

  it('keeps ids in the stored patterns and unknown values out', () => {
    const json = toDataFilesJson(makeSyntheticDataset(1000, 2))
    const roadmaps = json['roadmaps.json'] as { id: string; summary?: unknown }[]
    expect(roadmaps[0]?.id).toBe('RM00001')
    expect(roadmaps.some((roadmap) => 'summary' in roadmap)).toBe(false)
    expect((json['sources.json'] as { id: string }[])[0]?.id).toBe('S0001')
  })
})
