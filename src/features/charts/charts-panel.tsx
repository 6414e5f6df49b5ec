import { useMemo } from 'react'
import { ITEM_SETS } from '../../domain/types'
import { useDataset, useFilters } from '../../state/derived'
import { useViewStore } from '../../state/view-store'
import './charts.css'
import { useChartsText } from './charts-text'
import { DeadlineSection } from './deadline-section'
import { filterSummaryLines } from './filter-summary'
import { ProgressSection } from './progress-section'
import { StatusBreakdown } from './status-breakdown'
import { TopicStatusSection } from './topic-status-section'
import { useChartFrame } from './use-chart-frame'
import { WhatChanged } from './what-changed'

/** Which items the status charts count, and the board filters they follow. */
function ChartsScope() {
  const { text, lang } = useChartFrame()
  const dataset = useDataset()
  const filters = useFilters()
  const setSet = useViewStore((state) => state.setSet)
  const clearFilters = useViewStore((state) => state.clearFilters)
  const lines = useMemo(() => filterSummaryLines(filters, dataset, lang, text), [filters, dataset, lang, text])
  return (
    <div className="charts__scope">
      <div role="group" aria-label={text.setPicker} className="charts__sets">
        {ITEM_SETS.map((set) => (
          <button key={set} type="button" aria-pressed={filters.set === set} onClick={() => setSet(set)}>
            {text.sets[set]}
          </button>
        ))}
      </div>
      {lines.length > 0 ? (
        <p className="charts__filters">
          {text.filtered}{' '}
          {lines.map((line) => (
            <span key={line.kind} className="charts__filter">
              {line.kind}: {line.values}
            </span>
          ))}{' '}
          <button type="button" onClick={clearFilters}>
            {text.clearFilters}
          </button>
        </p>
      ) : null}
    </div>
  )
}

export function ChartsPanel() {
  const text = useChartsText()
  return (
    <section className="charts" aria-labelledby="charts-heading">
      <h2 id="charts-heading">{text.heading}</h2>
      <p className="lede">{text.intro}</p>
      <ChartsScope />
      <WhatChanged />
      <StatusBreakdown />
      <ProgressSection />
      <TopicStatusSection />
      <DeadlineSection />
    </section>
  )
}
