// Keyboard movement inside a virtualised list or table: Up/Down (and Home/End, Page Up/Down) move to the main
// control of another row, scrolling it into the rendered window first; Left/Right move between the controls of
// the current row. Rows carry data-index; their main control carries data-primary.
import { useEffect, type RefObject } from 'react'

const PAGE = 10
const FOCUSABLE = 'a[href], button:not([disabled])'

function focusWhenRendered(container: HTMLElement, index: number, attempts = 10) {
  const control = container.querySelector<HTMLElement>(`[data-index="${index}"] [data-primary]`)
  if (control) control.focus()
  else if (attempts > 0) requestAnimationFrame(() => focusWhenRendered(container, index, attempts - 1))
}

function targetIndex(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return Math.min(count - 1, index + 1)
    case 'ArrowUp':
      return Math.max(0, index - 1)
    case 'PageDown':
      return Math.min(count - 1, index + PAGE)
    case 'PageUp':
      return Math.max(0, index - PAGE)
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return null
  }
}

export function useRowKeys(
  container: RefObject<HTMLElement | null>,
  count: number,
  scrollToIndex: (index: number) => void,
) {
  useEffect(() => {
    const element = container.current
    if (!element) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || !(event.target instanceof HTMLElement)) return
      const row = event.target.closest<HTMLElement>('[data-index]')
      if (!row || !element.contains(row)) return
      const index = Number(row.dataset.index)
      if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        const controls = [...row.querySelectorAll<HTMLElement>(FOCUSABLE)]
        const at = controls.indexOf(event.target)
        const next = controls[at + (event.key === 'ArrowRight' ? 1 : -1)]
        if (at === -1 || !next) return
        event.preventDefault()
        next.focus()
        return
      }
      const next = targetIndex(event.key, index, count)
      if (next === null) return
      event.preventDefault()
      if (next === index) return
      scrollToIndex(next)
      focusWhenRendered(element, next)
    }
    element.addEventListener('keydown', onKeyDown)
    return () => element.removeEventListener('keydown', onKeyDown)
  }, [container, count, scrollToIndex])
}
