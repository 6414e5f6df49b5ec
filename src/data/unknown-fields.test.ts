import { z } from 'zod'
import { unknownFields } from './unknown-fields'

const schema = z.array(
  z.object({
    id: z.string(),
    title: z.object({ en: z.string(), ru: z.string() }),
    note: z.object({ text: z.string() }).optional(),
    tags: z.array(z.object({ name: z.string() })),
  }),
)

describe('unknownFields', () => {
  it('finds a field the schema does not know, at any depth', () => {
    const value = [
      { id: 'a', title: { en: 'x', ru: 'y' }, titleRU: 'y', tags: [] },
      { id: 'b', title: { en: 'x', ru: 'y', be: 'z' }, note: { text: 't', by: 'me' }, tags: [{ name: 'n', colour: 1 }] },
    ]
    expect(unknownFields(schema, value)).toEqual([
      [0, 'titleRU'],
      [1, 'title', 'be'],
      [1, 'note', 'by'],
      [1, 'tags', 0, 'colour'],
    ])
  })

  it('finds nothing in a record that matches', () => {
    expect(unknownFields(schema, [{ id: 'a', title: { en: 'x', ru: 'y' }, tags: [] }])).toEqual([])
  })
})
