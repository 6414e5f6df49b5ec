import { useCallback, useMemo, useState } from 'react'
import { DataText } from '../../components/data-text'
import { textIn } from '../../i18n/localized-text'
import { DataTable } from '../../components/charts/data-table'
import { ChartFrame } from '../../components/chart-frame'
import { ChartTools } from '../../components/chart-tools'
import { DeadlineGanttFigure } from '../../components/charts/deadline-gantt-figure'
import { DeadlineGantt } from '../../components/charts/deadline-gantt'
import { DeadlineStateBadge } from '../../components/deadline-state-badge'
import { ChainTrail } from '../../components/outcome-chain'
import { SourceRefs } from '../../components/source-refs'
import { ganttYears, tallyOutcomes, type GanttData, type GanttRow } from '../../domain/chart-series'
import { outcomeSources } from '../../domain/deadlines'
import type { YearRange } from '../../domain/timeline-events'
import { YearRangePicker } from '../../components/year-range-picker'
import { OUTCOME_META } from '../../domain/outcome'
import { formatFuzzyDate, formatNumber } from '../../lib/format'
import { useDataset, useGanttRows, useToday } from '../../state/derived'
import type { FigureRoom } from '../../export/chart-figure'
import { useSourceRefs } from '../../state/use-source-refs'
import { useDeadlineLabels } from '../../state/use-t'
import type { Lang } from '../../i18n/lang'
import { useViewStore } from '../../state/view-store'
import type { ChartsText } from './charts-text'
import { deadlineTable } from './chart-tables'
import { deadlineKey } from './figure-keys'
import { useChartFrame } from './use-chart-frame'
import { useChartTools } from '../../export/use-chart-tools'

const allRows = (data: GanttData): readonly GanttRow[] => data.groups.flatMap((group) => group.rows)

/** The sources of each deadline and of its outcome as of the date. */
function ganttSourceIds(data: GanttData): readonly string[] {
  const ids = new Set<string>()
  for (const row of allRows(data))
    for (const id of [...row.target.sources, ...(row.state.record?.sources ?? [])]) ids.add(id)
  return [...ids]
}

function summarise(data: GanttData, lang: Lang, text: ChartsText): string {
  const parts = tallyOutcomes(data)
    .map(({ outcome, count }) => {
      const meta = OUTCOME_META[outcome]
      return `${formatNumber(count, lang)} ${meta.label[lang].toLowerCase()}`
    })
    .join(', ')
  return text.ganttSummary(formatNumber(allRows(data).length, lang), parts)
}

interface GanttTableProps {
  readonly data: GanttData
  readonly groupLabel: (topicId: string | null) => string
}

function GanttTable({ data, groupLabel }: GanttTableProps) {
  const { text, lang } = useChartFrame()
  const sourceRefs = useSourceRefs()
  const openDeadline = useViewStore((state) => state.openDeadline)
  const deadlineLabels = useDeadlineLabels()
  return (
    <DataTable
      caption={text.ganttTitle}
      columns={[
        text.deadlineColumn,
        text.topicColumn,
        text.setColumn,
        text.dueColumn,
        text.outcomeColumn,
        text.laterColumn,
        text.sources,
      ]}
    >
      {data.groups.map((group) =>
        group.rows.map((row) => (
          <tr key={row.target.id}>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => openDeadline(row.target.id)}>
                <DataText text={row.target.title} lang={lang} />
              </button>
            </th>
            <td>{groupLabel(group.topicId)}</td>
            <td>{formatFuzzyDate(row.target.setOn, lang)}</td>
            <td>{formatFuzzyDate(row.target.due, lang)}</td>
            <td>
              <DeadlineStateBadge state={row.state} lang={lang} labels={deadlineLabels} />
              {row.state.record ? (
                <span className="cell-note">
                  <DataText text={row.state.record.summary} lang={lang} />
                </span>
              ) : null}
            </td>
            <td>
              <ChainTrail chain={row.state.chain} lang={lang} labels={deadlineLabels} />
            </td>
            <td>
              <SourceRefs {...sourceRefs(outcomeSources(row.target, row.state))} />
            </td>
          </tr>
        )),
      )}
    </DataTable>
  )
}

/** Every deadline set by the date, from when it was set to when it fell due, with its outcome as of the date. */
export function DeadlineSection() {
  const [years, setYears] = useState<YearRange>(null)
  const data = useGanttRows(years)
  const dataset = useDataset()
  const allYears = useMemo(() => ganttYears(dataset.targets), [dataset])
  const today = useToday()
  const { text, lang, asOf, stamp, labels } = useChartFrame()
  const sourceRefs = useSourceRefs()
  const openDeadline = useViewStore((state) => state.openDeadline)
  const groupLabel = useCallback(
    (topicId: string | null) => {
      if (topicId === null) return text.ganttWholeProgramme
      const topic = dataset.topicsById.get(topicId)
      return topic ? textIn(topic.label, lang) : topicId
    },
    [dataset, lang, text],
  )
  const sourceIds = useMemo(() => ganttSourceIds(data), [data])
  const empty = data.emptyReason
    ? { message: data.emptyReason === 'nothing-set' ? text.emptyNothingSet : text.emptyNoMatch }
    : null
  const exportTarget = useMemo(
    () => ({
      chart: 'deadlines' as const,
      title: text.ganttTitle,
      sourceIds,
      key: () => deadlineKey(data, asOf, today, lang, text),
      figure: ({ width, height, textWidth }: FigureRoom) => (
        <div data-figure-panel="">
          <DeadlineGanttFigure
            data={data}
            asOf={asOf}
            today={today}
            lang={lang}
            groupLabel={groupLabel}
            labels={text.ganttLabels}
            width={width}
            height={height}
            textWidth={textWidth}
          />
        </div>
      ),
      table: () => deadlineTable(data, lang, groupLabel),
    }),
    [data, sourceIds, asOf, today, lang, text, groupLabel],
  )
  const { nodeId, tools } = useChartTools(exportTarget)
  return (
    <ChartFrame
      title={text.ganttTitle}
      stamp={stamp}
      summary={empty ? '' : summarise(data, lang, text)}
      sources={<SourceRefs {...sourceRefs(sourceIds)} />}
      labels={labels}
      empty={empty}
      controls={
        <>
          <YearRangePicker years={allYears} value={years} onChange={setYears} labels={text.yearRange} />
          <ChartTools {...tools} />
        </>
      }
      chart={
        <div id={nodeId}>
          <DeadlineGantt
            data={data}
            asOf={asOf}
            today={today}
            lang={lang}
            groupLabel={groupLabel}
            labels={text.ganttLabels}
            title={text.ganttTitle}
            onOpen={openDeadline}
          />
        </div>
      }
      table={<GanttTable data={data} groupLabel={groupLabel} />}
    />
  )
}
