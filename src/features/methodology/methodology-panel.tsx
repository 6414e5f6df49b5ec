import { OutcomeBadge } from '../../components/outcome-badge'
import { StatusBadge } from '../../components/status-badge'
import { OUTCOME_META } from '../../domain/outcome'
import { STATUS_META } from '../../domain/status'
import { OUTCOMES, STATUSES } from '../../domain/vocabulary'
import { formatFuzzyDate } from '../../lib/format'
import { useDataset } from '../../state/derived'
import { useLang } from '../../state/use-t'

/** What the statuses and outcomes mean, what is unknown, and every source the data cites. */
export function MethodologyPanel() {
  const dataset = useDataset()
  const lang = useLang()
  return (
    <section className="methodology" aria-labelledby="methodology-heading">
      <h2 id="methodology-heading">Sources and methodology</h2>
      <p>
        Every fact in this tracker is a claim made by a named person or outlet on a date, with the sources that report
        it. Where reports disagree, each claim is kept with its source; nothing is averaged or silently picked. Dates
        known only to the month or year are shown that way; dates inferred from an article’s content carry a “~”, and
        inferred values are labelled as such.
      </p>
      <h3>What is not known</h3>
      <ul>
        <li>
          The official list of the 31 roadmaps of 2019 was never published. Roadmaps that reporting names are shown with
          those names; the rest are marked “title not public”. The numbering (RM01–RM30) is this tracker’s own; only
          item 31 (supranational bodies) is numbered in reporting.
        </li>
        <li>
          The Russian government published the 28 union programmes on 10 September 2021, but no copy of that list was
          found. Programmes identified individually carry their reported titles; the others are “title not public”.
        </li>
        <li>How the 31 roadmaps map onto the 28 programmes was not documented; any link shown is marked inferred.</li>
        <li>
          From late November 2019 most reporting gives only totals (“8 of 31 open”). Items whose own status was not
          reported are shown as “unattributed” rather than given a status no source gives them.
        </li>
      </ul>
      <h3>Statuses</h3>
      <dl className="definitions">
        {STATUSES.map((status) => (
          <div key={status}>
            <dt>
              <StatusBadge status={status} lang={lang} />
            </dt>
            <dd>{STATUS_META[status].description}</dd>
          </div>
        ))}
      </dl>
      <h3>Deadline outcomes</h3>
      <dl className="definitions">
        {OUTCOMES.map((outcome) => (
          <div key={outcome}>
            <dt>
              <OutcomeBadge outcome={outcome} lang={lang} />
            </dt>
            <dd>{OUTCOME_META[outcome].description}</dd>
          </div>
        ))}
      </dl>
      <h3 id="sources-heading">Sources ({dataset.sources.length})</h3>
      <div className="table-scroll">
        <table className="data-table" aria-labelledby="sources-heading">
          <thead>
            <tr>
              <th scope="col">Id</th>
              <th scope="col">Publisher</th>
              <th scope="col">Title</th>
              <th scope="col">Date</th>
              <th scope="col">Link</th>
            </tr>
          </thead>
          <tbody>
            {dataset.sources.map((source) => (
              <tr key={source.id} id={`source-${source.id}`}>
                <th scope="row">{source.id}</th>
                <td>{source.publisher}</td>
                <td lang={source.language}>{source.title}</td>
                <td>
                  {formatFuzzyDate(source.date, lang)}
                  {source.date.note ? <span className="cell-note">{source.date.note}</span> : null}
                </td>
                <td>
                  {source.url && /^https?:\/\//i.test(source.url) ? (
                    <a href={source.url} target="_blank" rel="noopener noreferrer">
                      {new URL(source.url).hostname}
                    </a>
                  ) : null}
                  {source.seedFile ? <span className="cell-note">Seed article {source.seedFile}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
