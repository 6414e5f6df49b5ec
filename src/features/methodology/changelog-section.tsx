import { CHANGELOG } from '../../data/changelog'
import { formatDay, formatNumber } from '../../lib/format'
import { useLang } from '../../state/use-t'
import { METHODOLOGY_TEXT } from './methodology-text'

/** Dataset releases, newest first, each with its "as of" stamp and what it held. */
export function ChangelogSection() {
  const lang = useLang()
  const text = METHODOLOGY_TEXT[lang]
  const number = (value: number) => formatNumber(value, lang)
  return (
    <>
      <h3 id="changelog-heading">{text.changelogHeading}</h3>
      <p>{text.changelogIntro}</p>
      <ol className="changelog" aria-labelledby="changelog-heading">
        {CHANGELOG.map((release) => (
          // The update feed links each release here.
          <li key={release.version} id={`release-${release.version}`}>
            <p className="changelog__stamp">
              <strong>
                {text.version} {release.version}
              </strong>{' '}
              · {text.factsAsOf} {formatDay(release.factsAsOf, lang)}
            </p>
            <p>
              {release.notes[lang]}{' '}
              {text.records({
                roadmaps: number(release.records.roadmaps),
                programmes: number(release.records.programmes),
                targets: number(release.records.targets),
                counts: number(release.records.counts),
                events: number(release.records.events),
                sources: number(release.records.sources),
              })}
            </p>
          </li>
        ))}
      </ol>
    </>
  )
}
