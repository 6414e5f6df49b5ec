import { memo, useId, useRef, useState } from 'react'
import { SourceRefs } from '../../components/source-refs'
import { STATUS_META } from '../../domain/status'
import { usePrinting } from '../../lib/printing'
import type { StatusColumn } from '../../domain/board-rows'
import type { ItemSet } from '../../domain/types'
import { useLang } from '../../state/use-t'
import { useBoardText } from './board-text'
import { ItemTitle } from './item-title'
import { ReportTags, type BoardEntryProps } from './report-tags'
import { useReportWords } from './use-report-words'
import { useWindowedList } from './use-windowed-list'

const ESTIMATED_CARD_PX = 110

interface CardProps extends BoardEntryProps<HTMLLIElement> {
  readonly total: number
}

const Card = memo(function Card({ row, index, total, onOpen, measure }: CardProps) {
  const text = useBoardText()
  const words = useReportWords(row)
  const { item } = row
  return (
    <li
      ref={measure}
      data-index={index}
      aria-setsize={total}
      aria-posinset={index + 1}
      className="board-card"
      data-item-id={item.id}
    >
      <button type="button" className="link-button board-card__title" data-primary onClick={() => onOpen(item.id)}>
        <ItemTitle item={item} />
      </button>
      <p className="board-card__meta">
        <span className="board-card__id">{item.id}</span> · {words.date} {text.by} {words.claimant}
        <ReportTags row={row} /> <SourceRefs {...words.sources} />
      </p>
      {words.topics === '' ? null : <p className="board-card__topics">{words.topics}</p>}
    </li>
  )
})

interface StatusColumnProps {
  readonly column: StatusColumn
  readonly set: ItemSet
  readonly onOpen: (itemId: string) => void
}

export function StatusColumnView({ column, set, onOpen }: StatusColumnProps) {
  const lang = useLang()
  const text = useBoardText()
  const headingId = useId()
  const scroller = useRef<HTMLDivElement>(null)
  const [untitledOpen, setUntitledOpen] = useState(false)
  const printing = usePrinting()
  const { titled, untitled, status } = column
  const meta = STATUS_META[status]
  const { windowed, before, after, measure } = useWindowedList({
    count: titled.length,
    scroller,
    estimatedSize: ESTIMATED_CARD_PX,
    keyOf: (index) => titled[index]?.item.id ?? index,
    overscan: 4,
  })

  return (
    <section
      className="board-status-column"
      aria-labelledby={headingId}
      style={{ '--badge-colour': `var(${meta.token})` } as React.CSSProperties}
    >
      <h3 id={headingId} className="board-status-column__heading">
        <span className="badge__icon" aria-hidden="true">
          {meta.icon}
        </span>{' '}
        {meta.label[lang]} <span className="board-status-column__count">{titled.length + untitled.length}</span>
      </h3>
      {titled.length > 0 ? (
        <div className="board-status-column__scroll" ref={scroller}>
          <ul className="board-status-column__cards" style={{ paddingTop: before, paddingBottom: after }}>
            {windowed.map((virtual) => {
              const row = titled[virtual.index]
              return row ? (
                <Card
                  key={virtual.key}
                  row={row}
                  index={virtual.index}
                  total={titled.length}
                  onOpen={onOpen}
                  measure={measure}
                />
              ) : null
            })}
          </ul>
        </div>
      ) : null}
      {untitled.length > 0 ? (
        <details
          className="board-status-column__untitled"
          onToggle={(event) => setUntitledOpen(event.currentTarget.open)}
        >
          <summary>{text.untitledGroup(untitled.length, set)}</summary>
          {/* Rendered only while open (a large dataset can hold hundreds of them) or printed, where folded groups
              print open (print.css). */}
          {untitledOpen || printing ? (
            <ul className="board-untitled-list">
              {untitled.map((row) => (
                <li key={row.item.id} data-item-id={row.item.id}>
                  <button type="button" className="link-button" onClick={() => onOpen(row.item.id)}>
                    <span className="visually-hidden">{text.titleNotPublic}: </span>
                    {row.item.id}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </details>
      ) : null}
    </section>
  )
}
