// The lineage view: every 2019 roadmap followed to what took it over in 2021, on to the 2024–2026 package and what
// became of it; every 2021 programme with the roadmaps before it; and the subject areas officials named. It follows
// the board's topic filter and the as-of date, and opens items and deadlines in their panels.
import { EmptyState } from '../../components/empty-state'
import type { BoardEmptyReason } from '../../domain/board-rows'
import { topicName } from '../../domain/names'
import { formatDay } from '../../lib/format'
import { useAsOf, useDataset } from '../../state/on-screen'
import { useLineage, useLineageLabels } from '../../state/use-lineage'
import { useLang, useT } from '../../state/use-t'
import { useViewStore } from '../../state/view-store'
import { AreaList } from './area-list'
import { DeadlineList } from './deadline-list'
import { useLineageText, type LineageText } from './lineage-text'
import { ThreadTable, type ThreadTableProps } from './thread-table'
import './lineage.css'

function EmptySection({ reason, notYet }: { readonly reason: BoardEmptyReason; readonly notYet: string }) {
  const text = useLineageText()
  const clearFilters = useViewStore((state) => state.clearFilters)
  if (reason === 'not-yet-listed') return <EmptyState message={notYet} />
  return (
    <EmptyState
      message={text.emptyNoMatch}
      action={
        <button type="button" onClick={clearFilters}>
          {text.clearFilters}
        </button>
      }
    />
  )
}

type ThreadSectionProps = Omit<ThreadTableProps, 'caption' | 'rows'> & {
  readonly id: string
  readonly heading: string
  readonly thread: { readonly rows: ThreadTableProps['rows']; readonly emptyReason: BoardEmptyReason | null }
  readonly notYet: string
}

/** The roadmaps' or the programmes' table under its heading, or why it is empty. */
function ThreadSection({ id, heading, thread, notYet, ...table }: ThreadSectionProps) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      {thread.emptyReason ? (
        <EmptySection reason={thread.emptyReason} notYet={notYet} />
      ) : (
        <ThreadTable caption={heading} rows={thread.rows} {...table} />
      )}
    </section>
  )
}

function TopicsShown({ text }: { readonly text: LineageText }) {
  const dataset = useDataset()
  const lang = useLang()
  const topics = useViewStore((state) => state.topics)
  const clearFilters = useViewStore((state) => state.clearFilters)
  if (topics.length === 0) return null
  return (
    <p className="lineage__topics">
      {text.topicsShown}: {topics.map((id) => topicName(dataset, id, lang)).join(', ')}{' '}
      <button type="button" onClick={clearFilters}>
        {text.clearFilters}
      </button>
    </p>
  )
}

export function LineagePanel() {
  const text = useLineageText()
  const t = useT()
  const lang = useLang()
  const asOf = formatDay(useAsOf(), lang)
  const labels = useLineageLabels()
  const openDeadline = useViewStore((state) => state.openDeadline)
  const { roadmaps, programmes, areas, packageWide } = useLineage()
  return (
    <section className="lineage" aria-labelledby="lineage-heading">
      <h2 id="lineage-heading">{text.heading}</h2>
      <p className="lede">{text.intro}</p>
      <p role="status">{text.counts(roadmaps.rows.length, programmes.rows.length, asOf)}</p>
      <TopicsShown text={text} />

      <section aria-labelledby="lineage-package">
        <h3 id="lineage-package">{text.packageHeading}</h3>
        {packageWide.length === 0 ? (
          <p className="muted">{text.packageNotYet(asOf)}</p>
        ) : (
          <>
            <p>{text.packageWide}</p>
            <DeadlineList entries={packageWide} lang={lang} labels={labels} onOpen={openDeadline} />
          </>
        )}
      </section>

      <ThreadSection
        id="lineage-roadmaps"
        heading={text.roadmapsHeading}
        thread={roadmaps}
        notYet={text.emptyNotYetRoadmaps(asOf)}
        itemColumn={text.roadmapColumn}
        linkColumn={text.successorColumn}
        end="successor"
        noLink={t('lineage.notDocumented')}
      />
      <ThreadSection
        id="lineage-programmes"
        heading={text.programmesHeading}
        thread={programmes}
        notYet={text.emptyNotYetProgrammes(asOf)}
        itemColumn={text.programmeColumn}
        linkColumn={text.predecessorColumn}
        end="roadmap"
        noLink={t('lineage.noPredecessor')}
      />

      <section aria-labelledby="lineage-areas">
        <h3 id="lineage-areas">{text.areasHeading}</h3>
        <p className="muted">{text.areasIntro}</p>
        <AreaList areas={areas} />
      </section>
    </section>
  )
}
