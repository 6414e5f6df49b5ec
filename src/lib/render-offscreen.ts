// Draws React content once, outside the page's view, at a given width, so an export can picture a chart laid out
// for another size (a slide, a square) than the one on screen. The content is mounted in the page, so the page's
// styles and theme apply, and removed when `read` has taken what it needs.
import type { ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/** Frames the content may take to settle (charts measure their text, then draw again) before it is read as is. */
const MAX_FRAMES = 30

export async function renderOffscreen<T>(
  content: ReactNode,
  width: number,
  read: (host: HTMLElement) => T,
): Promise<T> {
  const host = document.createElement('div')
  Object.assign(host.style, { position: 'fixed', left: '-100000px', top: '0', width: `${width}px` })
  host.setAttribute('aria-hidden', 'true')
  document.body.append(host)
  const root = createRoot(host)
  try {
    flushSync(() => root.render(content))
    // Settled once two frames in a row leave the markup as it was.
    let previous = ''
    for (let frame = 0; frame < MAX_FRAMES; frame++) {
      await nextFrame()
      const markup = host.innerHTML
      if (markup === previous && markup !== '') break
      previous = markup
    }
    return read(host)
  } finally {
    root.unmount()
    host.remove()
  }
}
