import { useCallback } from 'react'
import { outcomeSources, type OutcomeState } from '../domain/deadlines'
import type { Target } from '../domain/types'
import { useSourceRefs } from './use-source-refs'
import { useDeadlineLabels, useLang } from './use-t'
import { useViewStore } from './view-store'

/**
 * Props for <DeadlineOutcomeRow> from a deadline and its state: the outcome's sources, the interface's words, and a
 * title that opens the deadline's detail. The overview and the what-changed table list deadlines the same way.
 */
export function useDeadlineRow() {
  const lang = useLang()
  const sourceRefs = useSourceRefs()
  const labels = useDeadlineLabels()
  const onOpen = useViewStore((state) => state.openDeadline)
  return useCallback(
    (target: Target, state: OutcomeState) => ({
      target,
      state,
      lang,
      sources: sourceRefs(outcomeSources(target, state)),
      labels,
      onOpen,
    }),
    [lang, sourceRefs, labels, onOpen],
  )
}
