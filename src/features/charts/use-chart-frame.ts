// What every chart frame in this view shares: the as-of stamp, the frame's labels and the board link.
import { useCallback, useMemo } from 'react'
import type { ChartFrameLabels } from '../../components/chart-frame'
import { formatDay } from '../../lib/format'
import { useAsOf } from '../../state/derived'
import { useLang } from '../../state/use-t'
import type { View } from '../../state/view'
import { currentView, useViewStore } from '../../state/view-store'
import { useChartsText } from './charts-text'

export function useChartFrame() {
  const text = useChartsText()
  const lang = useLang()
  const asOf = useAsOf()
  return useMemo(() => {
    const labels: ChartFrameLabels = { showTable: text.showTable, sources: text.sources }
    return { text, lang, asOf, stamp: text.asOf(formatDay(asOf, lang)), labels }
  }, [text, lang, asOf])
}

type BoardChoice = Partial<Pick<View, 'statuses' | 'topics'>>

/**
 * Opens the board filtered to what was clicked, in one store update so the browser's Back returns to the charts
 * as they were.
 */
export function useShowOnBoard() {
  const replaceView = useViewStore((state) => state.replaceView)
  return useCallback(
    (choice: BoardChoice) => replaceView({ ...currentView(useViewStore.getState()), ...choice, view: 'board' }),
    [replaceView],
  )
}
