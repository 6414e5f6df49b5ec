import Ajv from 'ajv'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { CHANGELOG } from '../src/data/changelog'
import { citationCff } from './citation-cff'
import cffSchema from './schemas/citation-file-format-1.2.0.schema.json'

const committed = readFileSync('CITATION.cff', 'utf8')
const citation = parse(committed) as Record<string, unknown>

describe('CITATION.cff', () => {
  it('is what `npm run data:schemas` writes from the changelog', () => {
    expect(committed).toBe(citationCff())
  })

  it('is valid Citation File Format 1.2.0', () => {
    // The schema's formats (uri, date, email) are also written as patterns, which are checked.
    const validate = new Ajv({ strict: false, validateFormats: false }).compile(cffSchema)
    expect(validate(citation), JSON.stringify(validate.errors)).toBe(true)
    expect(citation['cff-version']).toBe('1.2.0')
  })

  // src/data/changelog.test.ts holds the changelog's newest release to the DATA_VERSION the app ships.
  it('cites the dataset version the app ships, under CC BY 4.0', () => {
    const version = CHANGELOG[0]?.version
    expect(citation.version).toBe(version)
    expect(citation['date-released']).toBe(version)
    expect(citation.license).toBe('CC-BY-4.0')
    expect(citation['preferred-citation']).toMatchObject({ version, license: 'CC-BY-4.0' })
  })
})
