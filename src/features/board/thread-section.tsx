// The item panel's thread: what became of the item, in one line, and the crosswalk links from a roadmap to what
// took it over (or into a programme from its roadmaps), each marked inferred or reported, with its sources.
import { FateLine } from '../../components/fate-line'
import { LineageLinkList } from '../../components/lineage-link'
import type { Item } from '../../domain/types'
import { useItemThread, useLineageLabels } from '../../state/use-lineage'
import { useSourceRefs } from '../../state/use-source-refs'
import { useLang, useT } from '../../state/use-t'
import { useViewStore } from '../../state/view-store'

export function ThreadSection({ item }: { readonly item: Item }) {
  const t = useT()
  const lang = useLang()
  const labels = useLineageLabels()
  const sourceRefs = useSourceRefs()
  const selectItem = useViewStore((state) => state.selectItem)
  const openDeadline = useViewStore((state) => state.openDeadline)
  const { links, fate } = useItemThread(item)
  const isRoadmap = item.set === 'roadmaps'
  return (
    <>
      <p className="board-item-detail__fate">
        <strong>{t('lineage.fate')}:</strong>{' '}
        <FateLine fate={fate} itemId={item.id} lang={lang} labels={labels} onOpenDeadline={openDeadline} />
      </p>
      <h3>{isRoadmap ? t('lineage.takenOverBy') : t('lineage.cameFrom')}</h3>
      {links.length === 0 ? (
        <p className="muted">{isRoadmap ? t('lineage.notDocumented') : t('lineage.noPredecessor')}</p>
      ) : (
        <LineageLinkList
          className="board-plain-list"
          links={links}
          end={isRoadmap ? 'successor' : 'roadmap'}
          lang={lang}
          labels={labels}
          onOpenItem={selectItem}
          sourceRefs={sourceRefs}
        />
      )}
    </>
  )
}
