// A list drawn whole up to WINDOW_ABOVE rows, so the browser's find (Ctrl+F) and printing see every row; longer
// lists are drawn a window of rows at a time (thousands of items stay fast), and whole when the page is printed.
// The keyboard moves through all of it, rendered or not (use-row-keys.ts).
import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, type RefObject } from 'react'
import { usePrinting } from '../../lib/printing'
import { useRowKeys } from './use-row-keys'

/**
 * The real data lists 59 items. A few hundred rows mount in tens of milliseconds and need no windowing; past
 * that, mounting every row on each filter change or keystroke would cost more than a frame budget allows.
 */
export const WINDOW_ABOVE = 400

/** Whether a list of `count` rows is drawn a window at a time (so the browser's find misses rows off screen). */
export const isWindowed = (count: number) => count > WINDOW_ABOVE

interface WindowedListOptions {
  readonly count: number
  readonly scroller: RefObject<HTMLDivElement | null>
  readonly estimatedSize: number
  readonly keyOf: (index: number) => string | number
  readonly overscan: number
}

export function useWindowedList({ count, scroller, estimatedSize, keyOf, overscan }: WindowedListOptions) {
  const printing = usePrinting()
  const windowed = !printing && isWindowed(count)
  // The app does not run the React Compiler; the virtualizer re-renders its caller itself on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimatedSize,
    getItemKey: keyOf,
    overscan,
    // A list drawn whole needs no offsets: rows are neither measured nor observed, so a filter change or keystroke
    // costs no measuring and no second render when their heights settle.
    enabled: windowed,
  })
  // Drawn whole, the row to move to is already there: focusing its control scrolls it into view.
  const scrollToIndex = useCallback(
    (index: number) => {
      if (windowed) virtualizer.scrollToIndex(index)
    },
    [virtualizer, windowed],
  )
  useRowKeys(scroller, count, scrollToIndex)
  if (!windowed) {
    const every = Array.from({ length: count }, (_, index) => ({ index, key: keyOf(index) }))
    return { windowed: every, before: 0, after: 0, measure: undefined }
  }
  const rows = virtualizer.getVirtualItems()
  const before = rows[0]?.start ?? 0
  const after = virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0)
  return { windowed: rows, before, after, measure: virtualizer.measureElement }
}
