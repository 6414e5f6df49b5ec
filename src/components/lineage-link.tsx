// One crosswalk link, told from either end: the programme or reported area a roadmap went into, or the roadmap a
// programme came from. A link the tracker inferred is drawn dashed and says "inferred" in words, never by colour.
import type { LineageLink } from '../domain/lineage'
import type { Item } from '../domain/types'
import type { Lang } from '../i18n/lang'
import { DataText } from './data-text'
import { SourceRefs, type SourceRefsProps } from './source-refs'
import './lineage-link.css'

export interface LineageLinkLabels {
  readonly inferred: string
  readonly reported: string
  readonly area: string
  readonly programmeNotIdentified: string
  readonly noSuccessor: string
  readonly why: string
  readonly titleNotPublic: string
}

interface LineageLinkViewProps {
  readonly link: LineageLink
  /** Which end to name: the successor (from a roadmap) or the roadmap (from a programme). */
  readonly end: 'successor' | 'roadmap'
  readonly lang: Lang
  readonly labels: LineageLinkLabels
  readonly onOpenItem: (itemId: string) => void
  readonly sourceRefs: (ids: readonly string[]) => SourceRefsProps
}

/** An item's tracker id as the button that opens its panel, followed by its title. */
export function ItemLink({
  item,
  lang,
  titleNotPublic,
  onOpen,
}: {
  readonly item: Item
  readonly lang: Lang
  readonly titleNotPublic: string
  readonly onOpen: (itemId: string) => void
}) {
  return (
    <span className="item-link">
      <button type="button" className="link-button item-link__id" onClick={() => onOpen(item.id)}>
        {item.id}
      </button>{' '}
      {item.title ? <DataText text={item.title} lang={lang} /> : <span className="muted">({titleNotPublic})</span>}
    </span>
  )
}

export function LineageLinkView({ link, end, lang, labels, onOpenItem, sourceRefs }: LineageLinkViewProps) {
  const named = end === 'roadmap' ? link.roadmap : link.programme
  return (
    <div className={`lineage-link lineage-link--${link.confidence}`}>
      <span className="lineage-link__arrow" aria-hidden="true">
        {end === 'roadmap' ? '←' : '→'}{' '}
      </span>
      {named ? (
        <ItemLink item={named} lang={lang} titleNotPublic={labels.titleNotPublic} onOpen={onOpenItem} />
      ) : link.area ? (
        <span className="muted">{labels.programmeNotIdentified}</span>
      ) : (
        <strong>{labels.noSuccessor}</strong>
      )}
      {end === 'successor' && link.area ? (
        <span className="lineage-link__area">
          {' '}
          · {labels.area}: <DataText text={link.area.label} lang={lang} />
        </span>
      ) : null}{' '}
      <em className="tag lineage-link__confidence">
        {link.confidence === 'inferred' ? labels.inferred : labels.reported}
      </em>{' '}
      <SourceRefs {...sourceRefs(link.sources)} />
      <details className="lineage-link__why">
        <summary>{labels.why}</summary>
        <DataText text={link.note} lang={lang} />
      </details>
    </div>
  )
}

const linkKey = (link: LineageLink) => `${link.roadmap.id}-${link.programme?.id ?? link.area?.id ?? 'none'}`

/** Several links, one a line: what took a roadmap over, or the roadmaps a programme or area took over. */
export function LineageLinkList({
  links,
  className,
  ...shared
}: Omit<LineageLinkViewProps, 'link'> & {
  readonly links: readonly LineageLink[]
  readonly className: string
}) {
  return (
    <ul className={className}>
      {links.map((link) => (
        <li key={linkKey(link)}>
          <LineageLinkView link={link} {...shared} />
        </li>
      ))}
    </ul>
  )
}
