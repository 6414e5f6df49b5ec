// Whether the page is being printed. Lists drawn a window of rows at a time draw every row for paper. The switch is
// flushed inside `beforeprint`, so the browser lays the pages out after React has drawn them all.
import { flushSync } from 'react-dom'

let printing = false
const listeners = new Set<() => void>()

function setPrinting(value: boolean): void {
  if (printing === value) return
  printing = value
  flushSync(() => {
    for (const listener of listeners) listener()
  })
}

const onBeforePrint = () => setPrinting(true)
const onAfterPrint = () => setPrinting(false)

export function subscribeToPrinting(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('beforeprint', onBeforePrint)
    window.addEventListener('afterprint', onAfterPrint)
  }
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size > 0) return
    window.removeEventListener('beforeprint', onBeforePrint)
    window.removeEventListener('afterprint', onAfterPrint)
  }
}

export const isPrinting = () => printing
