// The content of the item panel: what the item is, its dated status history, claims that contradict it, the two
// sides' positions, its deadlines and every source, all as known on the chosen date.
import { useId } from 'react'
import type { ItemDetail } from '../../domain/item-detail'
import { DataText } from '../../components/data-text'
import { formatDay } from '../../lib/format'
import { useAsOf } from '../../state/derived'
import { useLang } from '../../state/use-t'
import { useBoardText } from './board-text'
import { ConflictList } from './conflict-list'
import { ThreadSection } from './thread-section'
import { PositionSides, TargetList } from './detail-sections'
import { SourceList } from './source-list'
import { StatusTimeline } from './status-timeline'
import { useLabels } from './use-labels'

export function ItemDetailView({ detail }: { readonly detail: ItemDetail }) {
  const lang = useLang()
  const text = useBoardText()
  const labels = useLabels()
  const asOf = formatDay(useAsOf(), lang)
  const sourcesHeading = useId()
  const { item } = detail
  return (
    <div className="board-item-detail">
      <p className="board-item-detail__meta">
        {text.trackerId} {item.id} · {item.set === 'roadmaps' ? text.setRoadmaps : text.setProgrammes}
        {item.topics.length > 0 ? ` · ${item.topics.map(labels.topic).join(', ')}` : ''}
      </p>
      {item.summary ? (
        <p>
          <DataText text={item.summary} lang={lang} />
        </p>
      ) : null}
      {item.titleNote ? (
        <details className="board-item-detail__note">
          <summary>{text.detailTitleNote}</summary>
          <p>
            <DataText text={item.titleNote} lang={lang} />
          </p>
        </details>
      ) : null}
      <ThreadSection item={item} />

      <h3>{text.detailHistory}</h3>
      <p className="muted">{text.detailHistoryAsOf(asOf)}</p>
      {detail.history.length > 0 ? <StatusTimeline history={detail.history} /> : <p>{text.detailNoHistory}</p>}
      {detail.laterReports > 0 ? <p className="muted">{text.detailLater(detail.laterReports, asOf)}</p> : null}

      {detail.conflicts.length > 0 ? (
        <>
          <h3>{text.detailConflicts}</h3>
          <ConflictList conflicts={detail.conflicts} set={item.set} />
        </>
      ) : null}

      <h3>{text.detailPositions}</h3>
      <PositionSides positions={detail.positions} />

      <h3>{text.detailTargets}</h3>
      <TargetList targets={detail.targets} />

      <h3 id={sourcesHeading}>{text.detailSources}</h3>
      <SourceList ids={detail.sourceIds} labelledBy={sourcesHeading} />
    </div>
  )
}
