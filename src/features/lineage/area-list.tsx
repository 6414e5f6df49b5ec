// The subject areas officials named for the 2021 programmes, each with who named it, its sources, and the roadmaps
// the crosswalk matches to it.
import { DataText } from '../../components/data-text'
import { LineageLinkList } from '../../components/lineage-link'
import { SourceRefs } from '../../components/source-refs'
import type { AreaLineage } from '../../domain/lineage'
import { useLineageLabels } from '../../state/use-lineage'
import { useSourceRefs } from '../../state/use-source-refs'
import { useLang } from '../../state/use-t'
import { ANCHORS } from '../../state/view'
import { useViewStore } from '../../state/view-store'
import { useLineageText } from './lineage-text'

export function AreaList({ areas }: { readonly areas: readonly AreaLineage[] }) {
  const text = useLineageText()
  const lang = useLang()
  const labels = useLineageLabels()
  const sourceRefs = useSourceRefs()
  const selectItem = useViewStore((state) => state.selectItem)
  if (areas.length === 0) return <p className="muted">{text.noAreas}</p>
  return (
    <ul className="lineage-areas">
      {areas.map(({ area, links }) => (
        <li key={area.id} id={ANCHORS.area(area.id)} className="lineage-area">
          <p className="lineage-area__label">
            <strong>
              <DataText text={area.label} lang={lang} />
            </strong>
          </p>
          <p>
            {text.namedBy}: <DataText text={area.namedBy} lang={lang} /> <SourceRefs {...sourceRefs(area.sources)} />
          </p>
          {links.length === 0 ? (
            <p className="muted">{text.noMatchedRoadmap}</p>
          ) : (
            <div>
              {text.matchedRoadmaps}:
              <LineageLinkList
                className="lineage-list"
                links={links}
                end="roadmap"
                lang={lang}
                labels={labels}
                onOpenItem={selectItem}
                sourceRefs={sourceRefs}
              />
            </div>
          )}
        </li>
      ))}
    </ul>
  )
}
