import { useMemo } from 'react'
import { DeadlineOutcomeRow } from '../../components/deadline-outcome-row'
import { buildStory, headlineDeadlines } from '../../domain/story'
import { formatDay } from '../../lib/format'
import { useAsOf, useDataset } from '../../state/on-screen'
import { useLang, useT } from '../../state/use-t'
import { useDeadlineRow } from '../../state/use-deadline-row'
import { HeadlineSection } from './headline-section'
import { StoryCard } from './story-card'

export function OverviewPanel() {
  const dataset = useDataset()
  const asOf = useAsOf()
  const t = useT()
  const lang = useLang()
  const deadlineRow = useDeadlineRow()
  const story = useMemo(() => buildStory(dataset, asOf), [dataset, asOf])
  const deadlines = useMemo(() => headlineDeadlines(dataset, asOf), [dataset, asOf])

  return (
    <section className="overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t('overview.heading')}</h2>
      <p className="lede">{t('overview.lede')}</p>
      <HeadlineSection />
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
              <DeadlineOutcomeRow key={target.id} {...deadlineRow(target, state)} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
