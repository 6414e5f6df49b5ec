// Reading what a download button saves, as the journeys that check exported files need it.
import type { Locator } from '@playwright/test'
import { readFile } from 'node:fs/promises'

/** Clicks a download button and reads the file it saves. */
export async function downloadFrom(button: Locator): Promise<{ name: string; body: Buffer }> {
  const [download] = await Promise.all([button.page().waitForEvent('download'), button.click()])
  return { name: download.suggestedFilename(), body: await readFile(await download.path()) }
}

/**
 * RFC 4180 as a spreadsheet reads it: quoted cells may hold commas, quotes and line breaks. The citation lines are
 * rows of one cell that starts with `# ` (quoted when the line holds a comma or a quote).
 */
export function parseCsv(text: string): { citation: Map<string, string>; rows: string[][] } {
  const body = text.replace(/^\uFEFF/, '')
  const all: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let index = 0; index < body.length; index++) {
    const char = body[index]
    if (quoted && char === '"' && body[index + 1] === '"') {
      cell += '"'
      index++
    } else if (char === '"') {
      quoted = !quoted
    } else if (!quoted && char === ',') {
      row.push(cell)
      cell = ''
    } else if (!quoted && char === '\r' && body[index + 1] === '\n') {
      row.push(cell)
      all.push(row)
      row = []
      cell = ''
      index++
    } else {
      cell += char
    }
  }
  const isCitation = (entry: string[]) => entry.length === 1 && (entry[0] ?? '').startsWith('# ')
  const citation = new Map<string, string>()
  for (const [line = ''] of all.filter(isCitation)) {
    const [label = '', ...value] = line.slice(2).split(': ')
    citation.set(label, value.join(': '))
  }
  return { citation, rows: all.filter((entry) => !isCitation(entry)) }
}
