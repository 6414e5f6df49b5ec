import { Suspense, useCallback, useMemo } from 'react'
import { DataText } from '../../components/data-text'
import type { ProgressChartLabels } from '../../components/charts/progress-chart-parts'
import type { ProgressPoint } from '../../domain/progress-series'
import { PROGRESS_SPECS } from '../../domain/progress-specs'
import { textIn } from '../../i18n/localized-text'
import { formatFuzzyDate } from '../../lib/format'
import { useDataset } from '../../state/derived'
import { useLang } from '../../state/use-t'
import type { Slide } from './deck'
import { LazyProgressChart } from './lazy-charts'
import { useBriefingText } from './use-briefing-text'

type ProgressSlideData = Extract<Slide, { kind: 'progress' }>

/**
 * The charts view's reported-progress chart at the step's date: counts and percentages of measures done, each
 * figure a mark with its claimant, and the numbered key events with their key beneath.
 */
export function ProgressSlide({ slide, title }: { readonly slide: ProgressSlideData; readonly title: string }) {
  const text = useBriefingText()
  const lang = useLang()
  const dataset = useDataset()
  const labels = useMemo(
    (): ProgressChartLabels => ({
      asOf: text('chart.asOf'),
      inferredMark: text('chart.inferredMark'),
      conflictMark: text('chart.conflictMark'),
      eventLine: text('chart.eventLine'),
      claimedBy: text('chart.claimedBy'),
      inferred: text('chart.inferred'),
      conflict: text('chart.conflict'),
      sources: text('chart.sources'),
    }),
    [text],
  )
  const seriesLabel = useCallback(
    (key: string) => PROGRESS_SPECS.find((spec) => spec.key === key)?.label[lang] ?? key,
    [lang],
  )
  const formatDate = useCallback((point: ProgressPoint) => formatFuzzyDate(point.claim.date, lang), [lang])
  const describeSource = useCallback(
    (id: string) => {
      const source = dataset.sourcesById.get(id)
      return source ? `${textIn(source.publisher, lang)}: ${textIn(source.title, lang)}` : id
    },
    [dataset, lang],
  )
  const common = { lang, labels, seriesLabel, formatDate, describeSource, emptyMessage: text('progress.empty') }
  return (
    <div className="progress-slide">
      <Suspense fallback={<div className="slide__chart-placeholder" />}>
        <div className="progress-slide__panels">
          <section>
            <h4>{text('progress.counts')}</h4>
            <LazyProgressChart
              {...common}
              data={slide.counts}
              unit="count"
              title={`${title}: ${text('progress.counts')}`}
            />
          </section>
          <section>
            <h4>{text('progress.percent')}</h4>
            <LazyProgressChart
              {...common}
              data={slide.percents}
              unit="percent"
              title={`${title}: ${text('progress.percent')}`}
            />
          </section>
        </div>
      </Suspense>
      {slide.counts.markers.length > 0 ? (
        <section className="progress-slide__key">
          <h4>{text('progress.events')}</h4>
          <ol>
            {slide.counts.markers.map((marker) => (
              <li key={marker.event.id} value={marker.number}>
                {formatFuzzyDate(marker.event.date, lang)} <DataText text={marker.event.title} lang={lang} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  )
}
