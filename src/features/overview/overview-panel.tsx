import { useMemo } from 'react'
import { DeadlineOutcomeRow } from '../../components/deadline-outcome-row'
import { outcomeSources } from '../../domain/deadlines'
import { buildStory, headlineDeadlines } from '../../domain/story'
import { formatDay } from '../../lib/format'
import { useAsOf, useDataset } from '../../state/on-screen'
import { useDeadlineLabels, useLang, useT } from '../../state/use-t'
import { useSourceRefs } from '../../state/use-source-refs'
import { useViewStore } from '../../state/view-store'
import { StoryCard } from './story-card'

export function OverviewPanel() {
  const dataset = useDataset()
  const asOf = useAsOf()
  const t = useT()
  const lang = useLang()
  const sourceRefs = useSourceRefs()
  const openDeadline = useViewStore((state) => state.openDeadline)
  const deadlineLabels = useDeadlineLabels()
  const story = useMemo(() => buildStory(dataset, asOf), [dataset, asOf])
  const deadlines = useMemo(() => headlineDeadlines(dataset, asOf), [dataset, asOf])

  return (
    <section className="overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t('overview.heading')}</h2>
      <p className="lede">{t('overview.lede')}</p>
      <ol className="story" aria-labelledby="overview-heading">
        {story.map((step) => (
          <StoryCard key={step.key} step={step} />
        ))}
      </ol>
      <h3 id="deadlines-heading">{t('overview.deadlines')}</h3>
      <p className="muted">
        {t('overview.deadlinesAsOf')} {formatDay(asOf, lang)}
      </p>
      <div className="table-scroll">
        <table className="data-table" aria-labelledby="deadlines-heading">
          <thead>
            <tr>
              <th scope="col">{t('overview.target')}</th>
              <th scope="col">{t('overview.due')}</th>
              <th scope="col">{t('overview.outcome')}</th>
              <th scope="col">{t('sources.label')}</th>
            </tr>
          </thead>
          <tbody>
            {deadlines.map(({ target, state }) => (
              <DeadlineOutcomeRow
                key={target.id}
                target={target}
                state={state}
                lang={lang}
                sources={sourceRefs(outcomeSources(target, state))}
                labels={deadlineLabels}
                onOpen={openDeadline}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
