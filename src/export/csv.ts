// CSV as spreadsheets and scripts read it (RFC 4180: CRLF rows, quotes doubled), with the citation as `#`
// comment lines on top so a file that travels alone still says where it came from and when.

/** Cells a spreadsheet would run as a formula. Imported data can carry them, so they are defused. */
const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/**
 * `# label: value` lines, then the table. Line breaks inside a value would end the comment, so they go. Each line is
 * one cell: a spreadsheet reads the line as CSV too, and a comma in a search or an imported label must not start a
 * new cell, which could hold a formula.
 */
export function csvWithCitation(
  citation: readonly (readonly [string, string])[],
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const comments = citation
    .map(([label, value]) => `${csvCell(`# ${label}: ${value.replace(/[\r\n]+/g, ' ')}`)}\r\n`)
    .join('')
  return comments + toCsv([header, ...rows])
}
