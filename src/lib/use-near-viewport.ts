// Whether an element has come into the visible part of the page. What lies further down (a chart and its library)
// waits until the reader gets there, so the first screen does not wait for it; once there, it stays so.
import { useEffect, useState, type RefObject } from 'react'

/** Without IntersectionObserver (an old browser, a test's page) everything counts as in view. */
const canObserve = () => typeof IntersectionObserver !== 'undefined'

export function useNearViewport(ref: RefObject<Element | null>, margin = '0px'): boolean {
  const [near, setNear] = useState(() => !canObserve())
  useEffect(() => {
    const element = ref.current
    if (near || !element) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true)
      },
      { rootMargin: margin },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, near, margin])
  return near
}
