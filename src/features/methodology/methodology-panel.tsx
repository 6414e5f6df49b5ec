import { OutcomeBadge } from '../../components/outcome-badge'
import { StatusBadge } from '../../components/status-badge'
import { OUTCOME_META } from '../../domain/outcome'
import { STATUS_META } from '../../domain/status'
import { DEADLINE_STATES, STATUSES } from '../../domain/vocabulary'

/** Every term a deadline can show, then `unknown`, which appears only as a step of an outcome chain. */
const METHOD_OUTCOMES = [...DEADLINE_STATES, 'unknown'] as const
import { useLang } from '../../state/use-t'
import { ChangelogSection } from './changelog-section'
import { CiteSection } from './cite-section'
import { METHODOLOGY_TEXT } from './methodology-text'
import { OpenDataSection } from './open-data-section'
import { SourcesTable } from './sources-table'
import './methodology.css'

/**
 * What the statuses and outcomes mean, what is unknown, how to cite, the licence and the whole dataset to download,
 * the data's versions and every source.
 */
export function MethodologyPanel() {
  const lang = useLang()
  const text = METHODOLOGY_TEXT[lang]
  return (
    <section className="methodology" aria-labelledby="methodology-heading">
      <h2 id="methodology-heading">{text.heading}</h2>
      <p className="lede">{text.intro}</p>
      <h3>{text.unknownHeading}</h3>
      <ul>
        {text.unknown.map((paragraph) => (
          <li key={paragraph}>{paragraph}</li>
        ))}
      </ul>
      <h3>{text.countsHeading}</h3>
      {text.counts.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <h3>{text.statusesHeading}</h3>
      <dl className="definitions">
        {STATUSES.map((status) => (
          <div key={status}>
            <dt>
              <StatusBadge status={status} lang={lang} />
            </dt>
            <dd>{STATUS_META[status].description[lang]}</dd>
          </div>
        ))}
      </dl>
      <h3>{text.outcomesHeading}</h3>
      <dl className="definitions">
        {METHOD_OUTCOMES.map((outcome) => (
          <div key={outcome}>
            <dt>
              <OutcomeBadge outcome={outcome} lang={lang} />
            </dt>
            <dd>{OUTCOME_META[outcome].description[lang]}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{text.outcomesNote}</p>
      <h3>{text.timeHeading}</h3>
      {text.time.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <h3>{text.languagesHeading}</h3>
      {text.languages.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <CiteSection />
      <OpenDataSection />
      <ChangelogSection />
      <SourcesTable />
    </section>
  )
}
