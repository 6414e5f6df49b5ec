import { rawSourceSchema } from './raw-schema'

const source = (url: string) => ({
  id: 'S01',
  publisher: 'Test Publisher',
  title: 'A title',
  date: '2019-09-06',
  precision: 'day',
  url,
  language: 'en',
})

describe('a source link', () => {
  it.each(['https://example.org/a?b=1#c', 'http://example.org', 'https://пример.рф/путь'])('accepts %s', (url) => {
    expect(rawSourceSchema.safeParse(source(url)).error?.issues).toBeUndefined()
  })

  // Each passed the old pattern, then broke every view that shows a link's host.
  it.each(['https://[x', 'http://%', 'https://exa mple.org', 'javascript:alert(1)', 'ftp://example.org', 'https://'])(
    'refuses %s',
    (url) => {
      const result = rawSourceSchema.safeParse(source(url))
      expect(result.error?.issues.map((issue) => issue.message)).toEqual(['expected an http(s) URL'])
    },
  )
})
