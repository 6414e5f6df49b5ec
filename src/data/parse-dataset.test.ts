import { englishOnlyTexts, fixtureTexts } from '../testing/fixture-data'
import { formatProblem } from './data-error'
import { parseDataset, type DataFileTexts } from './parse-dataset'

const lenient = { requireFullProgramme: false }

function problemsOf(texts: DataFileTexts, options = lenient): string[] {
  const result = parseDataset(texts, options)
  if (result.ok) throw new Error('expected the data to be rejected')
  return result.problems.map(formatProblem)
}

type Json = Record<string, unknown>
const records = (json: Record<string, unknown>, file: string) => json[file] as Json[]
const first = (json: Record<string, unknown>, file: string): Json => {
  const record = records(json, file)[0]
  if (!record) throw new Error(`fixture ${file} is empty`)
  return record
}

describe('languages', () => {
  it('takes a dataset written in English only, and says so in the model', () => {
    const result = parseDataset(englishOnlyTexts(), lenient)
    expect(result.ok && result.dataset.translated).toBe(false)
    expect(result.ok && result.dataset.events[0]?.title).toEqual({ en: 'Programme initialled', ru: null, quotes: [] })
  })

  it('names every text without its Russian in a dataset that is translated elsewhere', () => {
    const texts = fixtureTexts((json) => {
      first(json, 'events.json').summary = 'PMs initial the programme.'
      first(json, 'topics.json').label = { en: 'Gas' }
    })
    expect(problemsOf(texts)).toEqual([
      'topics.json › gas › label: has no Russian (ru), though the dataset is translated',
      'events.json › E001 › summary: has no Russian (ru), though the dataset is translated',
    ])
  })

  it('checks that a quote stands word for word in each language’s text', () => {
    const texts = fixtureTexts((json) => {
      first(json, 'events.json').summary = {
        en: 'Officials call it “a titanic job”.',
        ru: 'Чиновники называют это «огромной работой».',
        quotes: [{ lang: 'ru', original: 'титаническая работа', en: 'a titanic job' }],
      }
    })
    expect(problemsOf(texts)).toEqual([
      'events.json › E001 › summary.quotes[0]: the quote "титаническая работа" is not in the ru text word for word',
    ])
  })
})

describe('parseDataset', () => {
  it('accepts the fixture and builds the model', () => {
    const result = parseDataset(fixtureTexts(), lenient)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.dataset.items.map((item) => item.id)).toEqual(['RM01', 'RM02', 'RM03', 'UP01'])
    expect(result.dataset.latestFactDate).toBe('2021-09-09')
  })

  it('names a missing file', () => {
    const texts = fixtureTexts()
    delete texts['targets.json']
    expect(problemsOf(texts)).toEqual(['targets.json › (file) › (file): file is missing'])
  })

  it('names a file that is not valid JSON', () => {
    const texts = { ...fixtureTexts(), 'counts.json': '[{"id": "C01",' }
    const [problem] = problemsOf(texts)
    expect(problem).toMatch(/^counts\.json › \(file\) › \(file\): not valid JSON/)
  })

  it('names the record and field of a wrong type', () => {
    const texts = fixtureTexts((json) => {
      records(json, 'counts.json')[1] = { ...first(json, 'counts.json'), id: 'C02', value: 'eleven' }
    })
    expect(problemsOf(texts)).toEqual(['counts.json › C02 › value: Invalid input: expected number, received string'])
  })

  it('names an unknown source id where it is used', () => {
    const texts = fixtureTexts((json) => {
      first(json, 'events.json').sources = ['S09', 'S404']
    })
    expect(problemsOf(texts)).toEqual(['events.json › E001 › sources[1]: unknown source id "S404"'])
  })

  it('names a conflict link to a record that does not exist', () => {
    const texts = fixtureTexts((json) => {
      const [, change] = first(json, 'roadmaps.json').history as Json[]
      if (change) change.contradicts = ['C03', 'C99']
    })
    expect(problemsOf(texts)).toEqual(['roadmaps.json › RM01 › history[1].contradicts[1]: unknown count, target or event id "C99"'])
  })

  it('names a duplicate id', () => {
    const texts = fixtureTexts((json) => {
      const roadmaps = records(json, 'roadmaps.json')
      roadmaps.push({ ...first(json, 'roadmaps.json') })
    })
    expect(problemsOf(texts)).toEqual(['roadmaps.json › RM01 › id: duplicate id (again at #3)'])
  })

  it('rejects an impossible date such as 2019-13-45', () => {
    const texts = fixtureTexts((json) => {
      first(json, 'events.json').date = '2019-13-45'
    })
    expect(problemsOf(texts)).toEqual(['events.json › E001 › date: not a real calendar date'])
  })

  it('names nested records in programmes.json and reports every problem, not just the first', () => {
    const texts = fixtureTexts((json) => {
      const programmes = json['programmes.json'] as { programmes: Json[]; crosswalk: Json[] }
      const [programme] = programmes.programmes
      if (programme) programme.titleStatus = 'official'
      first(json, 'people.json').country = 'PL'
    })
    expect(problemsOf(texts)).toEqual([
      'people.json › semashko › country: Invalid option: expected one of "BY"|"RU"',
      'programmes.json › programmes UP01 › titleStatus: Invalid option: expected one of "reported"|"not-public"',
    ])
  })

  it('allows only http(s) source links', () => {
    const texts = fixtureTexts((json) => {
      first(json, 'sources.json').url = 'javascript:alert(1)'
    })
    expect(problemsOf(texts)).toEqual(['sources.json › S09 › url: expected an http(s) URL'])
  })

  it('requires the whole programme in the bundled data', () => {
    expect(problemsOf(fixtureTexts(), { requireFullProgramme: true })).toEqual([
      'roadmaps.json › (file) › (file): expected exactly 31 roadmaps, found 3',
      'programmes.json › programmes › (list): expected exactly 28 programmes, found 1',
    ])
  })
})
