// Which of an SVG element's computed styles an exported copy writes as plain attributes, and in what form: hex
// colours with a separate opacity and no CSS variables, classes or light-dark() pairs, so a drawing program
// (Illustrator, Inkscape, PowerPoint) reads the same picture the page shows.

/** The properties that change how a chart's shapes and text look; layout and interaction styles are left out. */
export const PICTURE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const
export type PictureProperty = (typeof PICTURE_PROPERTIES)[number]

/** Inherited properties are written only where they differ from the parent's; the others only off their default. */
const DEFAULTS: Partial<Record<PictureProperty, string>> = {
  opacity: '1',
  'dominant-baseline': 'auto',
}
const NOT_INHERITED: ReadonlySet<PictureProperty> = new Set(['opacity', 'dominant-baseline'])

export interface Colour {
  /** #rrggbb, or 'none' */
  readonly hex: string
  /** 0–1; 1 is written as no opacity at all. */
  readonly alpha: number
}

const hex2 = (value: number) =>
  Math.round(Math.min(255, Math.max(0, value)))
    .toString(16)
    .padStart(2, '0')

const numbers = (text: string) => text.split(/[\s,/]+/).filter((part) => part !== '')

/**
 * A computed colour (rgb(), rgba(), color(srgb …) as browsers give color-mix() results, or #hex) as hex and
 * alpha; null for anything else (a url() paint, a keyword the browser left as it was).
 */
export function parseColour(value: string): Colour | null {
  const text = value.trim().toLowerCase()
  if (text === 'none' || text === 'transparent') return { hex: 'none', alpha: text === 'none' ? 1 : 0 }
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text)
  if (hex) {
    const digits = hex[1] ?? ''
    const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits
    return { hex: `#${full}`, alpha: 1 }
  }
  const rgb = /^rgba?\(([^)]*)\)$/.exec(text)
  if (rgb) {
    const [r = 0, g = 0, b = 0, a = 1] = numbers(rgb[1] ?? '').map(Number)
    return { hex: `#${hex2(r)}${hex2(g)}${hex2(b)}`, alpha: a }
  }
  const srgb = /^color\(srgb ([^)]*)\)$/.exec(text)
  if (srgb) {
    const [r = 0, g = 0, b = 0, a = 1] = numbers(srgb[1] ?? '').map(Number)
    return { hex: `#${hex2(r * 255)}${hex2(g * 255)}${hex2(b * 255)}`, alpha: a }
  }
  return null
}

/** A paint as an attribute: a colour as hex (its alpha goes to the matching -opacity), a url() reference as is. */
function paintAttributes(property: 'fill' | 'stroke', value: string): readonly [string, string][] {
  const reference = /^url\(\s*["']?[^#"')]*#([^"')]+)["']?\s*\)/.exec(value.trim())
  if (reference) return [[property, `url(#${reference[1] ?? ''})`]]
  const colour = parseColour(value)
  if (!colour) return [[property, value]]
  if (colour.alpha === 0) return [[property, 'none']]
  return colour.alpha < 1
    ? [
        [property, colour.hex],
        [`${property}-opacity`, String(Math.round(colour.alpha * 1000) / 1000)],
      ]
    : [[property, colour.hex]]
}

/** How an exported element is drawn: a reader of its computed style (getComputedStyle's getPropertyValue). */
export type StyleReader = (property: PictureProperty) => string

/**
 * The attributes that make an element look as it does on the page, given its own computed style and its parent's
 * (null for the root, which writes every property). Hidden elements are left out altogether (isDrawn).
 */
export function pictureAttributes(own: StyleReader, parent: StyleReader | null): readonly [string, string][] {
  const attributes: [string, string][] = []
  for (const property of PICTURE_PROPERTIES) {
    const value = own(property).trim()
    if (value === '') continue
    const fallback = DEFAULTS[property]
    if (NOT_INHERITED.has(property) ? value === fallback : parent !== null && parent(property).trim() === value)
      continue
    if (property === 'fill' || property === 'stroke') attributes.push(...paintAttributes(property, value))
    // "12px" and "3px, 2px" as plain user units, which every drawing program reads.
    else attributes.push([property, value.replace(/(\d)px\b/g, '$1')])
  }
  return attributes
}

/** False for an element the page does not draw (display: none, visibility: hidden), which the copy leaves out. */
export function isDrawn(display: string, visibility: string): boolean {
  return display !== 'none' && visibility !== 'hidden' && visibility !== 'collapse'
}
