import { useCallback, useMemo } from 'react'
import { DeadlineGantt, type DeadlineGanttLabels } from '../../components/charts/deadline-gantt'
import type { GanttData } from '../../domain/chart-series'
import { topicName } from '../../domain/names'
import type { IsoDate } from '../../domain/types'
import { useDataset, useToday } from '../../state/derived'
import { useLang } from '../../state/use-t'
import { DeadlineSteps } from './deadline-steps'
import { useBriefingText } from './use-briefing-text'

interface DeadlinesSlideProps {
  readonly gantt: GanttData
  readonly asOf: IsoDate
  readonly title: string
}

/** The deadline chart the charts view draws, on the step's date, then each deadline's reported steps. */
export function DeadlinesSlide({ gantt, asOf, title }: DeadlinesSlideProps) {
  const text = useBriefingText()
  const lang = useLang()
  const dataset = useDataset()
  const today = useToday()
  const labels = useMemo(
    (): DeadlineGanttLabels => ({
      set: text('gantt.set'),
      due: text('gantt.due'),
      movedTo: text('gantt.movedTo'),
      metOn: text('gantt.metOn'),
      today: text('gantt.today'),
      asOf: text('gantt.asOf'),
    }),
    [text],
  )
  const groupLabel = useCallback(
    (topicId: string | null) => (topicId === null ? text('deadlines.whole') : topicName(dataset, topicId, lang)),
    [text, dataset, lang],
  )
  if (gantt.emptyReason) {
    return (
      <p className="slide__empty">{text(gantt.emptyReason === 'nothing-set' ? 'deadlines.none' : 'deadlines.empty')}</p>
    )
  }
  return (
    <>
      <DeadlineGantt
        data={gantt}
        asOf={asOf}
        today={today}
        lang={lang}
        groupLabel={groupLabel}
        labels={labels}
        title={title}
      />
      <DeadlineSteps gantt={gantt} />
    </>
  )
}
