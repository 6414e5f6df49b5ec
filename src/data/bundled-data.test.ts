// The real files in data/: they must pass every check, and the selectors must reproduce the reported figures
// with their sources.
import { latestClaims, claimsInGroup, distinctValues } from '../domain/counts'
import { outcomeAsOf } from '../domain/deadlines'
import { statusAsOf } from '../domain/items'
import type { Dataset } from '../domain/types'
import { parseDataset } from './parse-dataset'
import { readBundledFiles } from './load-dataset'

let dataset: Dataset

beforeAll(async () => {
  const result = parseDataset(await readBundledFiles(), { requireFullProgramme: true })
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file} ${p.record} ${p.field}: ${p.message}`).join('\n'))
  dataset = result.dataset
})

const values = (asOf: string, subject: 'roadmaps' | 'programmes', metric: 'open' | 'agreed' | 'total') =>
  latestClaims(dataset.counts, { subject, metric }, asOf).claims.map((claim) => ({ value: claim.value, of: claim.of, sources: claim.sources }))

describe('the bundled dataset', () => {
  it('holds 31 roadmaps and 28 programmes, titles unknown where never published', () => {
    const roadmaps = dataset.items.filter((item) => item.set === 'roadmaps')
    const programmes = dataset.items.filter((item) => item.set === 'programmes')
    expect(roadmaps).toHaveLength(31)
    expect(programmes).toHaveLength(28)
    for (const item of dataset.items) {
      expect(item.title === null).toBe(item.titleStatus === 'not-public')
    }
    expect(dataset.itemsById.get('RM31')?.topics).toContain('supranational')
  })

  it('reports 31 roadmaps on 2019-09-06', () => {
    expect(values('2019-09-06', 'roadmaps', 'total')).toEqual([expect.objectContaining({ value: 31 })])
  })

  it('reports 11 of 31 open as of 2019-11-29, from the seed article', () => {
    expect(values('2019-11-29', 'roadmaps', 'open')).toEqual([{ value: 11, of: 31, sources: ['SD0'] }])
  })

  it('reports 8 of 31 open as of 2019-12-08', () => {
    expect(values('2019-12-08', 'roadmaps', 'open')).toEqual([expect.objectContaining({ value: 8, of: 31, sources: expect.arrayContaining(['S24']) })])
  })

  it('reports all 28 programmes agreed as of 2021-09-10', () => {
    const claims = values('2021-09-10', 'programmes', 'agreed')
    expect(claims.length).toBeGreaterThan(0)
    for (const claim of claims) expect(claim).toEqual(expect.objectContaining({ value: 28, of: 28 }))
    const programmes = dataset.items.filter((item) => item.set === 'programmes')
    expect(programmes.map((item) => statusAsOf(item, '2021-09-10')?.status)).toEqual(programmes.map(() => 'approved'))
  })

  it('keeps the conflicting December 2019 claims (20, 23, 28 of 31 agreed) each with its source', () => {
    const claims = claimsInGroup(dataset.counts, 'dec-2019-agreed')
    expect(distinctValues(claims)).toEqual(expect.arrayContaining([20, 23, 28]))
    for (const claim of claims) expect(claim.sources.length).toBeGreaterThan(0)
  })

  it('gives the missed signing of 2019-12-08 and the 2019-12-07 deadline their outcomes', () => {
    const signing = dataset.targetsById.get('T05')
    const deadline = dataset.targetsById.get('T04')
    expect(signing?.due.start).toBe('2019-12-08')
    expect(deadline?.due.start).toBe('2019-12-07')
    if (!signing || !deadline) return
    expect(outcomeAsOf(signing, '2019-12-09').outcome).toBe('missed')
    expect(outcomeAsOf(signing, '2019-12-07').outcome).toBe('pending')
    expect(outcomeAsOf(deadline, '2019-12-08').outcome).toBe('partly-met')
  })

  it('sets item 31 aside and never folds it into the programmes', () => {
    const item31 = dataset.itemsById.get('RM31')
    expect(item31 && statusAsOf(item31, '2026-01-01')?.status).toBe('set-aside')
  })

  it('resolves every source to a URL or a seed article', () => {
    for (const source of dataset.sources) expect(source.url ?? source.seedFile).toBeTruthy()
  })
})
