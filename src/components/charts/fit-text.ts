// Text cut to a width for drawings that cannot wrap on their own (SVG): whole words on up to `lines` lines, the
// last ending in "…" when the text runs on.

import type { TextWidth } from '../../export/page-style'

export function fitLines(
  text: string,
  width: number,
  size: number,
  lines: number,
  measure: TextWidth,
): readonly string[] {
  const words = text.split(/\s+/).filter((word) => word !== '')
  const fitted: string[] = []
  let line = ''
  for (const [index, word] of words.entries()) {
    const candidate = line === '' ? word : `${line} ${word}`
    if (measure(candidate, size) <= width || line === '') {
      line = candidate
      continue
    }
    if (fitted.length === lines - 1)
      return [...fitted, ellipsed(`${line} ${words.slice(index).join(' ')}`, width, size, measure)]
    fitted.push(line)
    line = word
  }
  return line === '' ? fitted : [...fitted, measure(line, size) <= width ? line : ellipsed(line, width, size, measure)]
}

function ellipsed(text: string, width: number, size: number, measure: TextWidth): string {
  let cut = text
  while (cut.length > 1 && measure(`${cut}…`, size) > width) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}…`
}
