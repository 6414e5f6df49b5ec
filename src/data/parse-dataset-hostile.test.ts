// Malformed and hostile data: every problem is named by file, record and field, and nothing hostile is echoed
// back at full length. The ordinary cases (missing file, wrong type, duplicate id…) are in parse-dataset.test.ts.
import { fixtureTexts } from '../testing/fixture-data'
import type { DataFileName } from './raw-schema'
import { formatProblem } from './data-error'
import { parseDataset } from './parse-dataset'

type Json = Record<DataFileName, unknown>
type Edit = (json: Json) => void

const lenient = { requireFullProgramme: false }
const TEN_MB = 10 * 1024 * 1024

function firstOf(json: Json, file: DataFileName): Record<string, unknown> {
  const records = json[file]
  const first: unknown = Array.isArray(records) ? records[0] : undefined
  if (!first || typeof first !== 'object') throw new Error(`fixture ${file} is empty`)
  return first as Record<string, unknown>
}

function problemsOf(edit: Edit): string[] {
  const result = parseDataset(fixtureTexts(edit), lenient)
  if (result.ok) throw new Error('expected the data to be rejected')
  return result.problems.map(formatProblem)
}

describe('parseDataset with hostile data', () => {
  it.each<[string, Edit, string]>([
    [
      'a 10 MB summary',
      (json) => (firstOf(json, 'events.json').summary = 'x'.repeat(TEN_MB)),
      'events.json › E001 › summary: Too big: expected string to have <=2000 characters',
    ],
    [
      'a 10 MB source URL',
      (json) => (firstOf(json, 'sources.json').url = `https://example.org/${'x'.repeat(TEN_MB)}`),
      'sources.json › S09 › url: Too big: expected string to have <=2000 characters',
    ],
    [
      'a 10 MB record id',
      (json) => (firstOf(json, 'events.json').id = 'E'.repeat(TEN_MB)),
      `events.json › ${'E'.repeat(40)}… › id: expected E001–E999`,
    ],
    [
      'a 10 MB source id in a reference',
      (json) => (firstOf(json, 'events.json').sources = ['S'.repeat(TEN_MB)]),
      `events.json › E001 › sources[0]: unknown source id "${'S'.repeat(40)}…"`,
    ],
    [
      'a file holding an object instead of a list',
      (json) => (json['events.json'] = { E001: {} }),
      'events.json › (file) › (record): Invalid input: expected array, received object',
    ],
    [
      'a file holding null',
      (json) => (json['topics.json'] = null),
      'topics.json › (file) › (record): Invalid input: expected array, received null',
    ],
    [
      '29 February in a common year',
      (json) => (firstOf(json, 'counts.json').date = '2019-02-29'),
      'counts.json › C01 › date: not a real calendar date',
    ],
    [
      'a date with a time and markup',
      (json) => (firstOf(json, 'events.json').date = '2019-09-06<script>'),
      'events.json › E001 › date: expected YYYY, YYYY-MM or YYYY-MM-DD',
    ],
  ])('names %s by file, record and field', (_, edit, expected) => {
    const problems = problemsOf(edit)
    expect(problems).toContain(expected)
    for (const problem of problems) expect(problem.length).toBeLessThan(300)
  })

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/',
    'https://exa mple.org/',
    'ftp://example.org/file',
    'http:/example.org',
  ])('allows only http(s) source links, not %j', (url) => {
    expect(problemsOf((json) => (firstOf(json, 'sources.json').url = url))).toEqual([
      'sources.json › S09 › url: expected an http(s) URL',
    ])
  })

  it('keeps markup, scripts and bidi controls in text exactly as text', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)> \u202Egnp.exe "quotes" & ampersands'
    const result = parseDataset(
      fixtureTexts((json) => {
        firstOf(json, 'events.json').title = { en: hostile, ru: hostile }
        firstOf(json, 'sources.json').publisher = { en: hostile, ru: hostile }
      }),
      lenient,
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.dataset.events[0]?.title.en).toBe(hostile)
    expect(result.dataset.sourcesById.get('S09')?.publisher.en).toBe(hostile)
  })
})
