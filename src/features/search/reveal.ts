/** About three seconds of frames: long enough for a view's code to load on a slow connection. */
const FRAMES = 180

/** Scrolls to and focuses the element once the view that holds it has drawn it (its code may still be loading). */
export function revealWhenDrawn(id: string, framesLeft = FRAMES): void {
  const element = document.getElementById(id)
  if (!element) {
    if (framesLeft > 0) requestAnimationFrame(() => revealWhenDrawn(id, framesLeft - 1))
    return
  }
  // A row or section is not focusable of itself; focus is moved there so reading continues from the result.
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1')
  element.scrollIntoView({ block: 'center' })
  element.focus({ preventScroll: true })
}
