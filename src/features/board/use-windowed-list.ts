// A list drawn a window of rows at a time (thousands of items stay fast), and whole when the page is printed.
import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useSyncExternalStore, type RefObject } from 'react'
import { isPrinting, subscribeToPrinting } from '../../lib/printing'

interface WindowedListOptions {
  readonly count: number
  readonly scroller: RefObject<HTMLDivElement | null>
  readonly estimatedSize: number
  readonly keyOf: (index: number) => string | number
  readonly overscan: number
}

export function useWindowedList({ count, scroller, estimatedSize, keyOf, overscan }: WindowedListOptions) {
  const printing = useSyncExternalStore(subscribeToPrinting, isPrinting)
  // The app does not run the React Compiler; the virtualizer re-renders its caller itself on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimatedSize,
    getItemKey: keyOf,
    overscan,
  })
  const scrollToIndex = useCallback((index: number) => virtualizer.scrollToIndex(index), [virtualizer])
  if (printing) {
    const every = Array.from({ length: count }, (_, index) => ({ index, key: keyOf(index) }))
    return { items: every, before: 0, after: 0, measure: virtualizer.measureElement, scrollToIndex }
  }
  const items = virtualizer.getVirtualItems()
  const before = items[0]?.start ?? 0
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)
  return { items, before, after, measure: virtualizer.measureElement, scrollToIndex }
}
