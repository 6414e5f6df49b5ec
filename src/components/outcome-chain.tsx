// A deadline's outcome chain as an ordered list: when it fell due, then every dated report of what became of it
// (missed → moved → superseded → met late…), each with its sources, and how many reports came after the date.
import type { OutcomeRecord, Target } from '../domain/types'
import { DataText } from './data-text'
import { DueNote } from './due-note'
import { formatFuzzyDate } from '../lib/format'
import type { Lang } from '../i18n/lang'
import { OutcomeBadge } from './outcome-badge'
import { SourceRefs, type SourceRefsProps } from './source-refs'
import './outcome-chain.css'

export interface OutcomeChainLabels {
  readonly due: string
  readonly movedTo: string
  readonly metOn: string
  readonly noReport: string
}

interface OutcomeChainProps {
  readonly target: Target
  readonly chain: readonly OutcomeRecord[]
  readonly lang: Lang
  readonly labels: OutcomeChainLabels
  readonly sourceRefs: (ids: readonly string[]) => SourceRefsProps
}

export function OutcomeChain({ target, chain, lang, labels, sourceRefs }: OutcomeChainProps) {
  return (
    <ol className="outcome-chain">
      <li className="outcome-chain__step outcome-chain__step--due">
        <span className="outcome-chain__date">{formatFuzzyDate(target.due, lang)}</span>
        <span>
          {labels.due}
          <DueNote target={target} lang={lang} />
        </span>
      </li>
      {chain.map((record, index) => (
        <li key={index} className="outcome-chain__step">
          <span className="outcome-chain__date">{formatFuzzyDate(record.date, lang)}</span>
          <span>
            <OutcomeBadge outcome={record.outcome} lang={lang} />
            {record.movedTo ? ` ${labels.movedTo} ${formatFuzzyDate(record.movedTo, lang)}` : null}
            {record.metOn ? ` ${labels.metOn} ${formatFuzzyDate(record.metOn, lang)}` : null}{' '}
            <span className="outcome-chain__summary">
              <DataText text={record.summary} lang={lang} />
            </span>{' '}
            <SourceRefs {...sourceRefs(record.sources)} />
          </span>
        </li>
      ))}
      {chain.length === 0 ? <li className="outcome-chain__step muted">{labels.noReport}</li> : null}
    </ol>
  )
}

/** The chain in one line for a table cell: each step's date and badge, oldest first, summaries left to the panel. */
export function ChainTrail({
  chain,
  lang,
  labels,
}: {
  readonly chain: readonly OutcomeRecord[]
  readonly lang: Lang
  readonly labels: Pick<OutcomeChainLabels, 'movedTo' | 'metOn'>
}) {
  if (chain.length === 0) return null
  return (
    <ol className="chain-trail">
      {chain.map((record, index) => (
        <li key={index}>
          <OutcomeBadge outcome={record.outcome} lang={lang} /> {formatFuzzyDate(record.date, lang)}
          {record.movedTo ? ` (${labels.movedTo} ${formatFuzzyDate(record.movedTo, lang)})` : null}
          {record.metOn ? ` (${labels.metOn} ${formatFuzzyDate(record.metOn, lang)})` : null}
        </li>
      ))}
    </ol>
  )
}
