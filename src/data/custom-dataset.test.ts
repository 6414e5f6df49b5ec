import { fixtureJson, fixtureTexts } from '../testing/fixture-data'
import { parseCustomBytes, parseCustomFile, serializeCustomFile } from './custom-dataset'
import { formatProblem } from './data-error'
import { readBundledFiles } from './load-dataset'
import { parseDataset } from './parse-dataset'

const asFile = (json: unknown) => JSON.stringify(json)

function problemsOf(name: string, text: string): string[] {
  const result = parseCustomFile(name, text)
  if (result.ok) throw new Error('expected the file to be rejected')
  return result.problems.map(formatProblem)
}

describe('a custom dataset file', () => {
  it('round-trips the bundled data through export and import', async () => {
    const bundled = await readBundledFiles()
    const expected = parseDataset(bundled, { requireFullProgramme: true })
    const exported = serializeCustomFile(bundled)
    const imported = parseCustomFile('export.json', exported)
    expect(imported.ok && expected.ok).toBe(true)
    if (!imported.ok || !expected.ok) return
    expect(imported.dataset).toEqual(expected.dataset)
    // Exporting what was imported gives the same file again.
    expect(serializeCustomFile(imported.files)).toBe(exported)
  })

  it('loads a tracker smaller than the 2019 programme', () => {
    const result = parseCustomFile('mine.json', asFile(fixtureJson()))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.dataset.items.map((item) => item.id)).toEqual(['RM01', 'RM02', 'RM03', 'UP01'])
  })

  it('loads events written before events had kinds, unclassified, and reads a kind where one is given', () => {
    const json = fixtureJson()
    const events = json['events.json'] as { kind?: unknown }[]
    expect(events.every((event) => event.kind === undefined)).toBe(true)
    const older = parseCustomFile('older.json', asFile(json))
    expect(older.ok && older.dataset.events.map((event) => event.kind)).toEqual(events.map(() => null))
    const [first] = events
    if (first) first.kind = 'signing'
    const kinded = parseCustomFile('kinded.json', asFile(json))
    expect(kinded.ok && kinded.dataset.events.some((event) => event.kind === 'signing')).toBe(true)
    if (first) first.kind = 'gossip'
    expect(problemsOf('bad.json', asFile(json)).join('\n')).toContain('kind')
  })

  it('keeps markup in text as text', () => {
    const json = fixtureJson()
    const events = json['events.json'] as { title: unknown }[]
    const [event] = events
    const markup = '<script>alert(1)</script> <img src=x onerror=alert(2)>'
    if (event) event.title = { en: markup, ru: markup }
    const result = parseCustomFile('mine.json', asFile(json))
    expect(result.ok && result.dataset.events[0]?.title.en).toBe('<script>alert(1)</script> <img src=x onerror=alert(2)>')
  })

  it.each([
    ['not JSON', '{"sources.json": [', /^mine\.json › \(file\) › \(file\): not valid JSON \(/],
    ['an array', '[]', /^mine\.json › \(file\) › \(file\): expected one JSON object with the keys sources\.json, /],
    ['null', 'null', /^mine\.json › \(file\) › \(file\): expected one JSON object/],
    ['a string', '"sources.json"', /^mine\.json › \(file\) › \(file\): expected one JSON object/],
  ])('rejects a file that is %s', (_, text, message) => {
    const problems = problemsOf('mine.json', text)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(message)
  })

  it('names a key that is not a data file, including __proto__, and leaves Object.prototype alone', () => {
    const text = asFile(fixtureJson()).replace(/^\{/, '{"notes.json": [], "__proto__": {"polluted": true},')
    expect(problemsOf('mine.json', text)).toEqual([
      expect.stringMatching(/^mine\.json › \(file\) › notes\.json: unknown key; expected only sources\.json, /),
      expect.stringMatching(/^mine\.json › \(file\) › __proto__: unknown key/),
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('names a missing data file', () => {
    const json: Record<string, unknown> = fixtureJson()
    delete json['counts.json']
    expect(problemsOf('mine.json', asFile(json))).toEqual(['mine.json › counts.json › (file) › (file): file is missing'])
  })

  it('names the file, data file, record and field of a problem inside', () => {
    const texts = fixtureTexts((json) => {
      const [event] = json['events.json'] as { date: string }[]
      if (event) event.date = '2019-02-29'
    })
    const text = serializeCustomFile(texts)
    expect(problemsOf('mine.json', text)).toEqual(['mine.json › events.json › E001 › date: not a real calendar date'])
  })

  it('refuses a value nested too deeply to read rather than overflowing the stack', () => {
    const depth = 200_000
    const text = `{"events.json": ${'['.repeat(depth)}${']'.repeat(depth)}}`
    expect(problemsOf('deep.json', text)).toEqual(['deep.json › (file) › events.json: nested too deeply to read'])
  })

  it('names a 10 MB text by file, record and field, without repeating it', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024)
    const json = fixtureJson()
    const [event] = json['events.json'] as { summary: string; id: string }[]
    if (event) event.summary = huge
    const [problem, ...rest] = problemsOf('big.json', asFile(json))
    expect(rest).toEqual([])
    expect(problem).toBe('big.json › events.json › E001 › summary: Too big: expected string to have <=2000 characters')
  })

  it('shortens a very long file name or key in its problems', () => {
    const name = `${'n'.repeat(500)}.json`
    const [problem] = problemsOf(name, `{"${'k'.repeat(500)}": 1}`)
    expect(problem?.length).toBeLessThan(400)
    expect(problem).toMatch(/^n{80}… › \(file\) › k{80}…: unknown key/)
  })

  it('names a number too large to read, instead of calling it null', () => {
    const text = asFile(fixtureJson()).replace('"value":', '"value":1e400,"was":')
    expect(problemsOf('big.json', text)).toEqual([expect.stringMatching(/^big\.json › counts\.json › \(file\) › \[\d+\]\.value: number out of range/)])
  })

  it('refuses a file in another encoding than UTF-8, naming it', () => {
    const cp1251 = new Uint8Array([0x7b, 0x22, 0xc4, 0xee, 0xf0, 0xee, 0xe3, 0xe0, 0x22, 0x7d])
    const result = parseCustomBytes('old.json', cp1251)
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'old.json › (file) › (file): not UTF-8 text: it looks like Windows-1251; save it as UTF-8 and load it again',
    ])
  })
})
