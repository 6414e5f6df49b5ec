// What an exported picture takes from the page as it is now: the font stack, text widths in it, and the theme's
// colours as plain hex (the tokens are light-dark() pairs that only an element in the page resolves).
import { TEXT_STYLE, type Measure } from './figure-layout'
import type { Paint } from './key-symbols'
import { parseColour } from './svg-style'

export function pageFontFamily(): string {
  return getComputedStyle(document.body).fontFamily
}

/** The width of a text set in the page's font at `size` pixels. */
export type TextWidth = (text: string, size: number, bold?: boolean) => number

export function canvasTextWidth(fontFamily: string): TextWidth {
  const context = document.createElement('canvas').getContext('2d')
  return (text, size, bold = false) => {
    // Without a canvas (never in a browser that draws the page) a wide average keeps lines from overflowing.
    if (!context) return text.length * size * 0.6
    context.font = `${bold ? '700' : '400'} ${size}px ${fontFamily}`
    return context.measureText(text).width
  }
}

export function roleMeasure(width: TextWidth): Measure {
  return (text, role) => width(text, TEXT_STYLE[role].size, TEXT_STYLE[role].bold)
}

/** Each token's colour resolved once, by a probe element in the page. */
export function pagePaint(): Paint {
  const resolved = new Map<string, string>()
  return (token) => {
    let colour = resolved.get(token)
    if (colour === undefined) {
      const probe = document.createElement('span')
      probe.style.color = `var(${token})`
      document.body.append(probe)
      colour = parseColour(getComputedStyle(probe).color)?.hex ?? '#000000'
      probe.remove()
      resolved.set(token, colour)
    }
    return colour
  }
}
