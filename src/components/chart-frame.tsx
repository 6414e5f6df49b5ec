import { useId, useState, type ReactNode } from 'react'
import { EmptyState } from './empty-state'
import './chart-frame.css'

export interface ChartFrameLabels {
  readonly showTable: string
  readonly sources: string
}

interface ChartFrameProps {
  readonly title: string
  /** "As of 7 Dec 2019": which date the figures describe. */
  readonly stamp: string
  /** One sentence saying what the chart shows; also the chart's description for screen readers. */
  readonly summary: string
  /** The source references behind the figures (a <SourceRefs>). */
  readonly sources: ReactNode
  readonly labels: ChartFrameLabels
  /** The chart itself; swapped for `table`, built from the same series, when the reader asks for a table. */
  readonly chart: ReactNode
  readonly table: ReactNode
  /** Shown instead of chart and table when there is nothing to draw. */
  readonly empty?: { readonly message: string; readonly action?: ReactNode } | null
  /** Above the chart in both modes, e.g. a zoom control. */
  readonly controls?: ReactNode
  /** Below the chart in both modes, e.g. a key to numbered markers. */
  readonly footer?: ReactNode
  /** A stable id for the frame, for links and search results that open this chart. */
  readonly anchor?: string
}

/** Every chart's frame: title, as-of stamp, summary, a table alternative and the sources. */
export function ChartFrame(props: ChartFrameProps) {
  const { title, stamp, summary, sources, labels, chart, table, empty, controls, footer, anchor } = props
  const [asTable, setAsTable] = useState(false)
  const id = useId()
  const headingId = `${id}-title`
  const summaryId = `${id}-summary`
  const bodyId = `${id}-body`
  return (
    <section id={anchor} className="chart-frame" aria-labelledby={headingId}>
      <div className="chart-frame__head">
        <h3 id={headingId} className="chart-frame__title">
          {title}
        </h3>
        <p className="chart-frame__stamp">{stamp}</p>
        {empty ? null : (
          <button
            type="button"
            className="chart-frame__toggle"
            aria-pressed={asTable}
            aria-controls={bodyId}
            onClick={() => setAsTable(!asTable)}
          >
            {labels.showTable}
          </button>
        )}
      </div>
      {empty ? null : (
        <p id={summaryId} className="chart-frame__summary">
          {summary}
        </p>
      )}
      {controls}
      <div id={bodyId} className="chart-frame__body">
        {empty ? (
          <EmptyState message={empty.message} action={empty.action} />
        ) : asTable ? (
          table
        ) : (
          <figure className="chart-frame__figure" aria-labelledby={headingId} aria-describedby={summaryId}>
            {chart}
          </figure>
        )}
      </div>
      {empty ? null : footer}
      {empty ? null : (
        <p className="chart-frame__sources">
          <span aria-hidden="true">{labels.sources}: </span>
          {sources}
        </p>
      )}
    </section>
  )
}
