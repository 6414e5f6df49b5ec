import { formatFuzzyDate, formatNumber } from '../../lib/format'
import { SourceTitle } from '../../components/source-title'
import { DataText } from '../../components/data-text'
import { useDataset } from '../../state/derived'
import { useLang } from '../../state/use-t'
import { ANCHORS } from '../../state/view'
import { METHODOLOGY_TEXT } from './methodology-text'

const isSafeUrl = (url: string) => /^https?:\/\//i.test(url)

/** Every source the data cites; rows are link targets (#source-S24). */
export function SourcesTable() {
  const dataset = useDataset()
  const lang = useLang()
  const text = METHODOLOGY_TEXT[lang]
  return (
    <>
      <h3 id="sources-heading">{text.sourcesHeading(formatNumber(dataset.sources.length, lang))}</h3>
      <div className="table-scroll">
        <table className="data-table" aria-labelledby="sources-heading">
          <thead>
            <tr>
              <th scope="col">{text.columns.id}</th>
              <th scope="col">{text.columns.publisher}</th>
              <th scope="col">{text.columns.title}</th>
              <th scope="col">{text.columns.date}</th>
              <th scope="col">{text.columns.link}</th>
            </tr>
          </thead>
          <tbody>
            {dataset.sources.map((source) => (
              <tr key={source.id} id={ANCHORS.source(source.id)}>
                <th scope="row">{source.id}</th>
                <td>
                  <DataText text={source.publisher} lang={lang} />
                </td>
                <td>
                  <SourceTitle source={source} lang={lang} />
                </td>
                <td>
                  {formatFuzzyDate(source.date, lang)}
                  {source.date.note ? (
                    <span className="cell-note">
                      <DataText text={source.date.note} lang={lang} />
                    </span>
                  ) : null}
                </td>
                <td>
                  {source.url && isSafeUrl(source.url) ? (
                    <a href={source.url} target="_blank" rel="noopener noreferrer">
                      {new URL(source.url).hostname}
                    </a>
                  ) : null}
                  {source.seedFile ? (
                    <span className="cell-note">
                      {text.seed} {source.seedFile}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
