// An embedded page tells the page that frames it how tall its content is, whenever that changes, so the host's
// snippet (export/embed-snippet.ts) sizes the frame to it and no inner scrollbar appears.
import { useEffect, type RefObject } from 'react'
import { EMBED_HEIGHT_MESSAGE } from '../export/embed-snippet'

export function useEmbedHeight(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = root.current
    // Opened on its own, not in a frame: there is no one to tell.
    if (!element || window.parent === window) return
    let last = -1
    const post = () => {
      const style = getComputedStyle(document.body)
      const height = Math.ceil(
        element.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom),
      )
      if (height === last) return
      last = height
      // The height says nothing about the reader, so any host may hear it; the host checks where it came from.
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*')
    }
    const observer = new ResizeObserver(post)
    observer.observe(element)
    post()
    return () => observer.disconnect()
  }, [root])
}
