import { clipLabel } from './custom-file'

describe('clipLabel', () => {
  it('drops the controls that would show a name in another order than it has', () => {
    expect(clipLabel('report\u202Egpj.json')).toBe('reportgpj.json')
    expect(clipLabel('\u2067x\u2069.json')).toBe('x.json')
  })

  it('cuts a long name', () => {
    expect(clipLabel('a'.repeat(100))).toBe(`${'a'.repeat(80)}…`)
  })
})
