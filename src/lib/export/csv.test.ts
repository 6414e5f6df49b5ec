import { csvCell, csvWithCitation, toCsv } from './csv'

describe('csv', () => {
  it.each([
    ['plain', 'plain'],
    ['with, comma', '"with, comma"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded ', '" padded "'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+7 495', "'+7 495"],
    ['-1', "'-1"],
    ['@home', "'@home"],
    ['Семашко', 'Семашко'],
    ['', ''],
  ])('writes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected)
  })

  it('ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe('a,b\r\n1,2\r\n')
  })

  it('puts the citation on top as comment lines, one line per entry', () => {
    const text = csvWithCitation(
      [
        ['View', 'https://example.org/?a=1'],
        ['Filters', 'gas;\noil'],
      ],
      ['id'],
      [['RM01']],
    )
    expect(text.split('\r\n')).toEqual(['# View: https://example.org/?a=1', '# Filters: gas; oil', 'id', 'RM01', ''])
  })
})
