// Compare two dates: which items changed status, apart from what became known or stopped being reported about
// them; which deadlines fell due and what they stood at; which reported figures moved. Shown when a comparison date is set (compare in the URL).
import { useMemo, useState, type ReactNode } from 'react'
import { textIn } from '../../i18n/localized-text'
import { DataText } from '../../components/data-text'
import { DataTable } from '../../components/charts/data-table'
import { describeClaimValue } from '../../components/charts/claim-value'
import { DeadlineOutcomeRow } from '../../components/deadline-outcome-row'
import { SourceRefs } from '../../components/source-refs'
import { StatusBadge } from '../../components/status-badge'
import { tallyMoves, type Changes, type StatusMove } from '../../domain/changes'
import type { CountClaim, Item } from '../../domain/types'
import { formatDay, formatFuzzyDate, formatNumber } from '../../lib/format'
import { useChanges } from '../../state/derived'
import { useSourceRefs } from '../../state/use-source-refs'
import { useDeadlineRow } from '../../state/use-deadline-row'
import type { Lang } from '../../i18n/lang'
import { useViewStore } from '../../state/view-store'
import type { ChartsText } from './charts-text'
import { useChartFrame } from './use-chart-frame'

const itemName = (item: Item, text: ChartsText, lang: Lang) =>
  `${item.id} · ${item.title ? textIn(item.title, lang) : text.titleNotPublic}`

/** Rows shown at first and added per click: a comparison across years of a large dataset moves thousands. */
const ROWS_PER_STEP = 25

interface SectionProps<T> {
  readonly title: string
  readonly columns: readonly string[]
  readonly rows: readonly T[]
  readonly renderRow: (row: T) => ReactNode
  /** False: every row at once. */
  readonly paged?: boolean
  /** What the section means, under its title. */
  readonly note?: string
}

function Section<T>({ title, columns, rows, renderRow, paged = true, note }: SectionProps<T>) {
  const { text, lang } = useChartFrame()
  const [pages, setPages] = useState(1)
  const shown = paged ? pages * ROWS_PER_STEP : rows.length
  if (rows.length === 0) {
    return (
      <>
        <h4 className="changes__title">{title}</h4>
        <p className="muted">{text.noneInSection}</p>
      </>
    )
  }
  const hidden = rows.length - shown
  const heading = (
    <>
      <h4 className="changes__title">{title}</h4>
      {note ? <p className="changes__note">{note}</p> : null}
    </>
  )
  return (
    <>
      {heading}
      <DataTable caption={title} columns={columns}>
        {rows.slice(0, shown).map(renderRow)}
      </DataTable>
      {hidden > 0 ? (
        <p className="changes__more">
          <span>{text.rowsNotShown(formatNumber(hidden, lang))}</span>{' '}
          <button type="button" onClick={() => setPages(pages + 1)}>
            {text.showMoreRows(formatNumber(Math.min(hidden, ROWS_PER_STEP), lang))}
          </button>
        </p>
      ) : null}
    </>
  )
}

/** How many items made each kind of move, when there are more moves than rows shown at first. */
function MoveTallySection({ moves }: { readonly moves: readonly StatusMove[] }) {
  const { text, lang } = useChartFrame()
  const tally = useMemo(() => tallyMoves(moves), [moves])
  if (moves.length <= ROWS_PER_STEP) return null
  return (
    <Section
      title={text.movesByKind}
      columns={[text.fromColumn, text.toColumn, text.itemsColumn]}
      rows={tally}
      // At most one row per pair of statuses: all of them, or the counts would not add up to the summary.
      paged={false}
      renderRow={({ from, to, count }) => (
        <tr key={`${from ?? ''}>${to}`}>
          <td>{from ? <StatusBadge status={from} lang={lang} /> : text.notListed}</td>
          <td>
            <StatusBadge status={to} lang={lang} />
          </td>
          <td className="changes__count">{formatNumber(count, lang)}</td>
        </tr>
      )}
    />
  )
}

function ClaimList({ claims, unit, lang }: { claims: readonly CountClaim[]; unit: 'count' | 'percent'; lang: Lang }) {
  const { text } = useChartFrame()
  const sourceRefs = useSourceRefs()
  if (claims.length === 0) return <span className="muted">{text.noneReported}</span>
  return (
    <ul className="changes__claims">
      {claims.map((claim) => (
        <li key={claim.id}>
          <strong>{describeClaimValue(claim, unit, lang)}</strong> ({formatFuzzyDate(claim.date, lang)},{' '}
          <DataText text={claim.claimant.label} lang={lang} />) <SourceRefs {...sourceRefs(claim.sources)} />
        </li>
      ))}
    </ul>
  )
}

/** One item's move; `kind` names a change in what is known, in its own column. */
function MoveRow({ move, kind }: { readonly move: StatusMove; readonly kind?: string }) {
  const { text, lang } = useChartFrame()
  const sourceRefs = useSourceRefs()
  return (
    <tr>
      <th scope="row">{itemName(move.item, text, lang)}</th>
      {kind === undefined ? null : <td>{kind}</td>}
      <td>{move.from ? <StatusBadge status={move.from} lang={lang} /> : text.notListed}</td>
      <td>
        <StatusBadge status={move.to} lang={lang} />
        <span className="cell-note">{formatFuzzyDate(move.change.date, lang)}</span>
      </td>
      <td>
        <DataText text={move.change.claimant.label} lang={lang} />
      </td>
      <td>
        <SourceRefs {...sourceRefs(move.change.sources)} />
      </td>
    </tr>
  )
}

function ChangeTables({ changes }: { readonly changes: Changes }) {
  const { text, lang } = useChartFrame()
  const deadlineRow = useDeadlineRow()
  return (
    <>
      <MoveTallySection moves={changes.statusMoves} />
      <Section
        title={text.statusChanges}
        columns={[text.itemColumn, text.fromColumn, text.toColumn, text.claimantColumn, text.sources]}
        rows={changes.statusMoves}
        renderRow={(move) => <MoveRow key={move.item.id} move={move} />}
      />
      <Section
        title={text.knowledgeChanges}
        columns={[text.itemColumn, text.kindColumn, text.fromColumn, text.toColumn, text.claimantColumn, text.sources]}
        rows={changes.knowledgeMoves}
        renderRow={(move) => <MoveRow key={move.item.id} move={move} kind={text.moveKinds[move.kind]} />}
        note={text.knowledgeNote}
      />
      <Section
        title={text.fellDue}
        columns={[text.deadlineColumn, text.dueColumn, text.outcomeColumn, text.sources]}
        rows={changes.fellDue}
        renderRow={({ target, state }) => <DeadlineOutcomeRow key={target.id} {...deadlineRow(target, state)} />}
      />
      <Section
        title={text.countChanges}
        columns={[text.seriesColumn, text.fromColumn, text.toColumn]}
        rows={changes.countDeltas}
        renderRow={(delta) => {
          const key = `${delta.query.subject}-${delta.query.metric}`
          const unit = delta.query.metric === 'percent-done' ? 'percent' : 'count'
          return (
            <tr key={key}>
              <th scope="row">{text.countLabels[key] ?? key}</th>
              <td>
                <ClaimList claims={delta.before} unit={unit} lang={lang} />
              </td>
              <td>
                <ClaimList claims={delta.after} unit={unit} lang={lang} />
              </td>
            </tr>
          )
        }}
      />
    </>
  )
}

export function WhatChanged() {
  const changes = useChanges()
  const compare = useViewStore((state) => state.compare)
  const setCompare = useViewStore((state) => state.setCompare)
  const { text, lang, asOf } = useChartFrame()
  if (!changes || compare === null) return null
  const [from, to] = compare <= asOf ? [compare, asOf] : [asOf, compare]
  const message =
    changes.emptyReason === 'same-date'
      ? text.changesSameDate
      : changes.emptyReason === 'nothing-changed'
        ? text.changesNothing
        : null
  return (
    <section className="changes chart-frame" aria-labelledby="changes-heading">
      <div className="chart-frame__head">
        <h3 id="changes-heading" className="chart-frame__title">
          {text.changesTitle(formatDay(from, lang), formatDay(to, lang))}
        </h3>
        <button type="button" className="chart-frame__toggle" onClick={() => setCompare(null)}>
          {text.clearCompare}
        </button>
      </div>
      {message ? (
        <p className="muted">{message}</p>
      ) : (
        <>
          <p className="chart-frame__summary">
            {text.changesSummary(
              formatNumber(changes.statusMoves.length, lang),
              formatNumber(changes.knowledgeMoves.length, lang),
              formatNumber(changes.fellDue.length, lang),
              formatNumber(changes.countDeltas.length, lang),
            )}
          </p>
          {/* Keyed by the dates: a new comparison starts again at its first rows. */}
          <ChangeTables key={`${from}/${to}`} changes={changes} />
        </>
      )}
    </section>
  )
}
