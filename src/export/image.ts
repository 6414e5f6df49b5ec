// A node as the page draws it, as a PNG to place inside another file (a PowerPoint slide). html-to-image is
// loaded only when such a file is made.
import { retryableImport } from '../lib/retry-import'

/** Controls marked data-export-skip (the export menu itself) are not part of the picture. */
function isPictured(node: HTMLElement): boolean {
  return node.dataset?.exportSkip === undefined
}

const htmlToImage = retryableImport(() => import('html-to-image'))

/** A picture to place inside another file: a PNG data: URL and its size in pixels. */
export interface NodePicture {
  readonly dataUrl: string
  readonly width: number
  readonly height: number
}

/**
 * A node as the page draws it, at twice its size, with no stamp: for a file that carries its own title and
 * sources beside the picture (a slide of a PowerPoint deck). The node must be in the page.
 */
export async function renderNodePicture(node: HTMLElement, backgroundColor: string): Promise<NodePicture> {
  const { toPng } = await htmlToImage()
  const { width, height } = node.getBoundingClientRect()
  const pixelRatio = 2
  const dataUrl = await toPng(node, { pixelRatio, filter: isPictured, backgroundColor })
  return { dataUrl, width: Math.round(width * pixelRatio), height: Math.round(height * pixelRatio) }
}
