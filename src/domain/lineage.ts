// Following the thread: each 2019 roadmap to the union programme(s) or reported subject area(s) that took it over,
// on to the 2024–2026 package, and what became of it, as known on a date. The crosswalk is mostly the tracker's own
// reading of the sources (data/README.md), so every link keeps its confidence, note and sources.
import { boardEmptyReason, indexTargetsByItem, type BoardEmptyReason, type DeadlineState } from './board-rows'
import { byDue, isProgrammeWide, isTargetKnownAt, outcomeAsOf } from './deadlines'
import { matchesTopics } from './filters'
import { statusAsOf } from './items'
import { isSourcedAt } from './sources'
import type {
  Confidence,
  CrosswalkLink,
  Dataset,
  IsoDate,
  Item,
  ItemSet,
  ReportedArea,
  StatusChange,
  Target,
} from './types'
import type { LocalizedText } from '../i18n/localized-text'

export type LineageData = Pick<
  Dataset,
  'items' | 'itemsById' | 'crosswalk' | 'reportedAreas' | 'targets' | 'sourcesById'
>

/** A crosswalk link as known on a date, with both ends resolved. */
export interface LineageLink {
  readonly roadmap: Item
  /** Null where no single programme was identified (the link then names an area, or says there is no successor). */
  readonly programme: Item | null
  readonly area: ReportedArea | null
  readonly confidence: Confidence
  readonly note: LocalizedText
  readonly sources: readonly string[]
}

/** The last known step of an item's thread: what became of it, in one line. */
export interface Fate {
  /** The programmes that took a roadmap over, else the item itself, each with its status on the date. */
  readonly steps: readonly { readonly item: Item; readonly change: StatusChange }[]
  /** The latest-due deadline set by the date on the item or on those programmes, with its state then. */
  readonly deadline: DeadlineState | null
  /** A roadmap folded into the programmes while no link names the programme that took it over. */
  readonly successorUndocumented: boolean
}

/** One item's thread: a roadmap with what took it over, or a programme with the roadmaps before it. */
export interface ItemThread {
  readonly item: Item
  /** Links from the roadmap (or into the programme) known on the date; empty when none is documented. */
  readonly links: readonly LineageLink[]
  /** 2024–2026 package deadlines that name the item or a programme a roadmap went into. */
  readonly package: readonly DeadlineState[]
  readonly fate: Fate
}

export interface AreaLineage {
  readonly area: ReportedArea
  /** Roadmaps the crosswalk matches to the area on the date. */
  readonly links: readonly LineageLink[]
}

export interface LineageSection<T> {
  readonly rows: readonly T[]
  readonly emptyReason: BoardEmptyReason
}

export interface Lineage {
  readonly roadmaps: LineageSection<ItemThread>
  readonly programmes: LineageSection<ItemThread>
  readonly areas: readonly AreaLineage[]
  /** 2024–2026 package deadlines that bind the whole programme rather than named items. */
  readonly packageWide: readonly DeadlineState[]
}

/** The lookups a thread is followed through, built once per dataset. */
export interface LineageIndex {
  readonly data: LineageData
  readonly linksByRoadmap: ReadonlyMap<string, readonly CrosswalkLink[]>
  readonly linksByProgramme: ReadonlyMap<string, readonly CrosswalkLink[]>
  readonly linksByArea: ReadonlyMap<string, readonly CrosswalkLink[]>
  readonly areasById: ReadonlyMap<string, ReportedArea>
  readonly targetsByItem: ReadonlyMap<string, readonly Target[]>
}

function groupBy<T>(records: readonly T[], key: (record: T) => string | null): ReadonlyMap<string, readonly T[]> {
  const groups = new Map<string, T[]>()
  for (const record of records) {
    const id = key(record)
    if (id === null) continue
    const group = groups.get(id)
    if (group) group.push(record)
    else groups.set(id, [record])
  }
  return groups
}

export function indexLineage(data: LineageData): LineageIndex {
  return {
    data,
    linksByRoadmap: groupBy(data.crosswalk, (link) => link.roadmapId),
    linksByProgramme: groupBy(data.crosswalk, (link) => link.programmeId),
    linksByArea: groupBy(data.crosswalk, (link) => link.areaId),
    areasById: new Map(data.reportedAreas.map((area) => [area.id, area])),
    targetsByItem: indexTargetsByItem(data.targets),
  }
}

const isListedAt = (item: Item, asOf: IsoDate) => statusAsOf(item, asOf) !== null

function isAreaKnownAt(area: ReportedArea, data: LineageData, asOf: IsoDate): boolean {
  return isSourcedAt(area.sources, data.sourcesById, asOf)
}

/**
 * A link as known on the date, or null before it was. A link is one claim, so it counts only once a source for it
 * was out and everything it names was known: the roadmap and the programme listed, the area named by someone.
 */
function knownLink(link: CrosswalkLink, index: LineageIndex, asOf: IsoDate): LineageLink | null {
  const { data } = index
  const roadmap = data.itemsById.get(link.roadmapId)
  const programme = link.programmeId === null ? null : data.itemsById.get(link.programmeId)
  const area = link.areaId === null ? null : index.areasById.get(link.areaId)
  if (!roadmap || programme === undefined || area === undefined) return null
  const known =
    isSourcedAt(link.sources, data.sourcesById, asOf) &&
    isListedAt(roadmap, asOf) &&
    (programme === null || isListedAt(programme, asOf)) &&
    (area === null || isAreaKnownAt(area, data, asOf))
  if (!known) return null
  return { roadmap, programme, area, confidence: link.confidence, note: link.note, sources: link.sources }
}

function knownLinks(links: readonly CrosswalkLink[] | undefined, index: LineageIndex, asOf: IsoDate): LineageLink[] {
  const known: LineageLink[] = []
  for (const link of links ?? []) {
    const resolved = knownLink(link, index, asOf)
    if (resolved) known.push(resolved)
  }
  return known
}

/** Deadlines set by the date that name any of the items, each once, earliest due first. */
function deadlinesOf(items: readonly Item[], index: LineageIndex, asOf: IsoDate): readonly DeadlineState[] {
  const targets = new Set<Target>()
  for (const item of items)
    for (const target of index.targetsByItem.get(item.id) ?? []) if (isTargetKnownAt(target, asOf)) targets.add(target)
  return [...targets].sort(byDue).map((target) => ({ target, state: outcomeAsOf(target, asOf) }))
}

const isPackage = ({ target }: DeadlineState) => target.cycle === '2024-package'

function withStatus(items: readonly Item[], asOf: IsoDate) {
  const steps: { item: Item; change: StatusChange }[] = []
  for (const item of items) {
    const change = statusAsOf(item, asOf)
    if (change) steps.push({ item, change })
  }
  return steps
}

/** The thread of one listed item on the date: its links, its 2024–2026 deadlines and what became of it. */
export function threadOf(item: Item, index: LineageIndex, asOf: IsoDate): ItemThread {
  const isRoadmap = item.set === 'roadmaps'
  const links = knownLinks((isRoadmap ? index.linksByRoadmap : index.linksByProgramme).get(item.id), index, asOf)
  const successors = isRoadmap ? links.flatMap((link) => (link.programme ? [link.programme] : [])) : []
  const deadlines = deadlinesOf([item, ...successors], index, asOf)
  const steps = withStatus(successors.length > 0 ? successors : [item], asOf)
  const fate: Fate = {
    steps,
    deadline: deadlines.at(-1) ?? null,
    successorUndocumented: isRoadmap && successors.length === 0 && statusAsOf(item, asOf)?.status === 'superseded',
  }
  return { item, links, package: deadlines.filter(isPackage), fate }
}

/** The whole lineage on the date, for the items and areas on the chosen topics. */
export function lineageAsOf(index: LineageIndex, topics: readonly string[], asOf: IsoDate): Lineage {
  const { data } = index
  const threads: Record<ItemSet, ItemThread[]> = { roadmaps: [], programmes: [] }
  const listed: Record<ItemSet, number> = { roadmaps: 0, programmes: 0 }
  for (const item of data.items) {
    if (!isListedAt(item, asOf)) continue
    listed[item.set]++
    if (!matchesTopics(item.topics, topics)) continue
    threads[item.set].push(threadOf(item, index, asOf))
  }
  const areas = data.reportedAreas
    .filter((area) => matchesTopics(area.topics, topics) && isAreaKnownAt(area, data, asOf))
    .map((area) => ({ area, links: knownLinks(index.linksByArea.get(area.id), index, asOf) }))
  const packageWide = data.targets
    .filter((target) => target.cycle === '2024-package' && isProgrammeWide(target))
    .filter((target) => isTargetKnownAt(target, asOf))
    .sort(byDue)
    .map((target) => ({ target, state: outcomeAsOf(target, asOf) }))
  return {
    roadmaps: { rows: threads.roadmaps, emptyReason: boardEmptyReason(listed.roadmaps, threads.roadmaps.length) },
    programmes: {
      rows: threads.programmes,
      emptyReason: boardEmptyReason(listed.programmes, threads.programmes.length),
    },
    areas,
    packageWide,
  }
}
