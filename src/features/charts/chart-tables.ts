// Each chart's data as a table for "Download data": one row for each mark the chart draws, from the same series,
// so the file holds what the picture shows at the same date. Column names are stable keys for scripts; the
// values are in the reader's language where they are words.
import type { GanttData, StatusSeries, TopicStatusMatrix } from '../../domain/chart-series'
import { outcomeSources } from '../../domain/deadlines'
import { OUTCOME_META } from '../../domain/outcome'
import type { ProgressData } from '../../domain/progress-series'
import { STATUS_META } from '../../domain/status'
import { CLAIM_COLUMNS, claimCells } from '../../export/claim-cells'
import type { ChartTable } from '../../export/use-chart-exports'
import type { Lang } from '../../i18n/lang'
import { textIn } from '../../i18n/localized-text'
import { describeClaimValue } from '../../components/charts/claim-value'

const share = (count: number, total: number) => (total === 0 ? '0' : (count / total).toFixed(4))

export function statusTable(series: StatusSeries, lang: Lang): ChartTable {
  return {
    header: ['status', 'status_label', 'items', 'share'],
    rows: series.slices.map((slice) => [
      slice.status,
      STATUS_META[slice.status].label[lang],
      String(slice.count),
      share(slice.count, series.total),
    ]),
  }
}

export function progressTable(
  panels: readonly ProgressData[],
  lang: Lang,
  seriesLabel: (key: string) => string,
): ChartTable {
  return {
    header: ['series', 'series_label', 'claim_id', ...CLAIM_COLUMNS],
    rows: panels.flatMap((panel) =>
      panel.series.flatMap((series) =>
        series.points.map((point) => [
          series.spec.key,
          seriesLabel(series.spec.key),
          point.claim.id,
          ...claimCells(point, describeClaimValue(point.claim, series.spec.unit, lang), lang),
        ]),
      ),
    ),
  }
}

export function topicStatusTable(matrix: TopicStatusMatrix, topicLabel: (topicId: string) => string): ChartTable {
  return {
    header: ['topic', 'topic_label', ...matrix.statuses, 'total'],
    rows: matrix.rows.map((row) => [
      row.topicId,
      topicLabel(row.topicId),
      ...matrix.statuses.map((status) => String(row.counts[status])),
      String(row.total),
    ]),
  }
}

export function deadlineTable(data: GanttData, lang: Lang, groupLabel: (topicId: string | null) => string): ChartTable {
  return {
    header: [
      'deadline',
      'title',
      'group',
      'set_on',
      'due',
      'due_in_force',
      'outcome',
      'outcome_label',
      'moved_to',
      'met_on',
      'sources',
    ],
    rows: data.groups.flatMap((group) =>
      group.rows.map((row) => [
        row.target.id,
        textIn(row.target.title, lang),
        groupLabel(group.topicId),
        row.target.setOn.value,
        row.target.due.value,
        row.state.due,
        row.state.outcome,
        OUTCOME_META[row.state.outcome].label[lang],
        row.moves.map((date) => date.value).join(' '),
        row.metOn?.value ?? '',
        outcomeSources(row.target, row.state).join(' '),
      ]),
    ),
  }
}
