// One row per item: the item, its crosswalk links (to what took a roadmap over, or from the roadmaps before a
// programme), its 2024–2026 deadlines and what became of it. A real table, so each row reads across.
import { FateLine } from '../../components/fate-line'
import { ItemLink, LineageLinkList } from '../../components/lineage-link'
import type { ItemThread } from '../../domain/lineage'
import { useLineageLabels } from '../../state/use-lineage'
import { useSourceRefs } from '../../state/use-source-refs'
import { useLang } from '../../state/use-t'
import { useViewStore } from '../../state/view-store'
import { DeadlineList } from './deadline-list'
import { useLineageText } from './lineage-text'

export interface ThreadTableProps {
  readonly caption: string
  readonly itemColumn: string
  readonly linkColumn: string
  readonly rows: readonly ItemThread[]
  /** Which end of each link the row names: the successor of a roadmap, or the roadmap before a programme. */
  readonly end: 'successor' | 'roadmap'
  /** Said where an item has no link: unknown is shown as unknown. */
  readonly noLink: string
}

export function ThreadTable({ caption, itemColumn, linkColumn, rows, end, noLink }: ThreadTableProps) {
  const text = useLineageText()
  const lang = useLang()
  const labels = useLineageLabels()
  const sourceRefs = useSourceRefs()
  const selectItem = useViewStore((state) => state.selectItem)
  const openDeadline = useViewStore((state) => state.openDeadline)
  return (
    <div className="lineage__scroll">
      <table className="data-table lineage-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{itemColumn}</th>
            <th scope="col">{linkColumn}</th>
            <th scope="col">{text.packageColumn}</th>
            <th scope="col">{text.fateColumn}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ item, links, package: deadlines, fate }) => (
            <tr key={item.id} data-item-id={item.id}>
              <th scope="row">
                <ItemLink item={item} lang={lang} titleNotPublic={labels.titleNotPublic} onOpen={selectItem} />
              </th>
              <td>
                {links.length === 0 ? (
                  <span className="lineage-unknown">{noLink}</span>
                ) : (
                  <LineageLinkList
                    className="lineage-list"
                    links={links}
                    end={end}
                    lang={lang}
                    labels={labels}
                    onOpenItem={selectItem}
                    sourceRefs={sourceRefs}
                  />
                )}
              </td>
              <td>
                {deadlines.length === 0 ? (
                  <span className="muted">{text.notLinked}</span>
                ) : (
                  <DeadlineList entries={deadlines} lang={lang} labels={labels} onOpen={openDeadline} />
                )}
              </td>
              <td>
                <FateLine fate={fate} itemId={item.id} lang={lang} labels={labels} onOpenDeadline={openDeadline} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
