// A copy of an SVG drawn on the page as standalone SVG markup: every element's look written as attributes from
// its computed style (svg-style.ts), and nothing that needs the page: no classes, inline CSS, CSS variables,
// event handlers, focus or accessibility wiring, and no element the page does not draw.
import { isDrawn, PICTURE_PROPERTIES, pictureAttributes, type PictureProperty, type StyleReader } from './svg-style'

const SVG_NS = 'http://www.w3.org/2000/svg'

/** Attributes that belong to the page (styling hooks, interaction, accessibility tree), not to the picture. */
const PAGE_ONLY = /^(class|style|tabindex|role|focusable|data-.*|aria-.*|on.*|cursor|pointer-events)$/i

function reader(style: CSSStyleDeclaration): StyleReader {
  return (property: PictureProperty) => style.getPropertyValue(property)
}

function copyInto(source: Element, target: Element, parent: StyleReader | null): void {
  const style = getComputedStyle(source)
  const own = reader(style)
  for (const attribute of [...target.attributes]) {
    const presentation = (PICTURE_PROPERTIES as readonly string[]).includes(attribute.name)
    if (PAGE_ONLY.test(attribute.name) || presentation) target.removeAttribute(attribute.name)
  }
  for (const [name, value] of pictureAttributes(own, parent)) target.setAttribute(name, value)
  const sourceChildren = [...source.children]
  const targetChildren = [...target.children]
  sourceChildren.forEach((child, index) => {
    const copy = targetChildren[index]
    if (!copy) return
    const childStyle = getComputedStyle(child)
    // <defs> and what it holds (patterns, clip paths) are never displayed themselves, yet the picture uses them.
    const inDefs = child.closest('defs') !== null
    if (!inDefs && !isDrawn(childStyle.display, childStyle.visibility)) copy.remove()
    else copyInto(child, copy, own)
  })
}

/**
 * The drawn SVG as one group at the origin, its look inlined: `<g>` rather than a nested `<svg>`, which some
 * drawing programs import as an opaque clip. Ids stay as they are: patterns and clip paths refer to them.
 */
export function inlinedGroup(svg: SVGSVGElement): {
  readonly markup: string
  readonly width: number
  readonly height: number
} {
  const copy = svg.cloneNode(true)
  if (!(copy instanceof SVGSVGElement)) throw new Error('not an SVG element')
  copyInto(svg, copy, null)
  const group = document.createElementNS(SVG_NS, 'g')
  for (const attribute of [...copy.attributes]) {
    if (
      !['width', 'height', 'viewBox', 'xmlns', 'version', 'id', 'x', 'y', 'preserveAspectRatio'].includes(
        attribute.name,
      )
    )
      group.setAttribute(attribute.name, attribute.value)
  }
  group.append(...copy.childNodes)
  const box = svg.getBoundingClientRect()
  return { markup: new XMLSerializer().serializeToString(group), width: box.width, height: box.height }
}
