// Whether the page is being printed. Whatever the screen draws only in part (a window of rows, a folded group) is
// drawn whole for paper. The switch is flushed inside `beforeprint`, so the browser lays the pages out after React
// has drawn everything.
import { useSyncExternalStore } from 'react'
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

function subscribeToPrinting(listener: () => void): () => void {
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

const isPrinting = () => printing

/** True from `beforeprint` to `afterprint`: draw everything the page would otherwise draw in part. */
export const usePrinting = () => useSyncExternalStore(subscribeToPrinting, isPrinting)
