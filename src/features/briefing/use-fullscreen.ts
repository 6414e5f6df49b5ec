// Full screen through the Fullscreen API on one element; the browser itself leaves it on Esc.
import { useCallback, useEffect, useState, type RefObject } from 'react'

export function useFullscreen(ref: RefObject<HTMLElement | null>) {
  const [active, setActive] = useState(false)
  // Phones that cannot put an element full screen (iPhone Safari) get no button rather than a dead one.
  const supported = typeof document !== 'undefined' && document.fullscreenEnabled === true

  useEffect(() => {
    const update = () => setActive(document.fullscreenElement !== null && document.fullscreenElement === ref.current)
    document.addEventListener('fullscreenchange', update)
    return () => document.removeEventListener('fullscreenchange', update)
  }, [ref])

  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen()
    else if (supported) void ref.current?.requestFullscreen().catch(() => undefined)
  }, [ref, supported])

  return { active, supported, toggle }
}
