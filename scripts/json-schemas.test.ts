import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { jsonSchemaFor, SCHEMA_FILES } from './json-schemas'

describe('data/schema', () => {
  it.each(SCHEMA_FILES)(
    '$path matches the app schema (run `npm run data:schemas` after changing it)',
    ({ name, path }) => {
      expect(readFileSync(path, 'utf8')).toBe(jsonSchemaFor(name))
    },
  )
})
