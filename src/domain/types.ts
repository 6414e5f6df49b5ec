// The typed model the whole app reads. Built once by src/data/to-domain.ts from validated JSON.
import type { Story } from './story-mode'
import type { LocalizedText } from '../i18n/localized-text'
import type { EventKind, Outcome, Status } from './vocabulary'

/** `YYYY-MM-DD`; compares correctly as text. */
export type IsoDate = string
export type Precision = 'day' | 'month' | 'year'

/** A date known to some precision, with the first and last day it can stand for. */
export interface FuzzyDate {
  readonly value: string
  readonly precision: Precision
  readonly inferred: boolean
  readonly note: LocalizedText | null
  readonly start: IsoDate
  readonly end: IsoDate
}

export const ITEM_SETS = ['roadmaps', 'programmes'] as const
export type ItemSet = (typeof ITEM_SETS)[number]
export type Cycle = '2019-roadmaps' | '2021-programmes' | '2024-package'
export type Confidence = 'reported' | 'inferred'
export type TitleStatus = 'reported-roadmap' | 'reported-area' | 'reported' | 'not-public'
export type Side = 'RU' | 'BY'

export interface Claimant {
  readonly personId: string | null
  readonly label: LocalizedText
}

export interface Source {
  readonly id: string
  /** The publication's name in each interface language (Kommersant, «Коммерсантъ»). */
  readonly publisher: LocalizedText
  /** In the interface languages; the entry in the source's own language is the title as published. */
  readonly title: LocalizedText
  /** The title as published where the source's language is not an interface language. */
  readonly originalTitle: string | null
  readonly date: FuzzyDate
  readonly url: string | null
  readonly seedFile: string | null
  readonly language: string
  readonly note: LocalizedText | null
}

export interface Role {
  readonly title: LocalizedText
  readonly from: string | null
  readonly to: string | null
  readonly note: LocalizedText | null
  readonly sources: readonly string[]
}

export interface Person {
  readonly id: string
  readonly name: LocalizedText
  readonly variants: readonly string[]
  readonly country: Side
  readonly roles: readonly Role[]
}

export interface Topic {
  readonly id: string
  readonly label: LocalizedText
  readonly aliases: readonly string[]
}

export interface StatusChange {
  readonly date: FuzzyDate
  readonly status: Status
  readonly claimant: Claimant
  readonly summary: LocalizedText
  readonly sources: readonly string[]
  readonly confidence: Confidence
  /** Counts, targets or events this report cannot be squared with, kept side by side (data/README.md). */
  readonly contradicts: readonly string[]
}

export interface Position {
  readonly side: Side
  readonly date: FuzzyDate
  readonly claimant: Claimant
  readonly summary: LocalizedText
  readonly sources: readonly string[]
}

/** A 2019 roadmap or a 2021 union programme. */
export interface Item {
  readonly id: string
  readonly set: ItemSet
  readonly title: LocalizedText | null
  readonly titleStatus: TitleStatus
  readonly titleNote: LocalizedText | null
  readonly officialNumber: number | null
  readonly topics: readonly string[]
  readonly summary: LocalizedText | null
  readonly sources: readonly string[]
  /** Sorted by date. */
  readonly history: readonly StatusChange[]
  readonly positions: readonly Position[]
}

export interface OutcomeRecord {
  readonly date: FuzzyDate
  readonly outcome: Outcome
  readonly metOn: FuzzyDate | null
  readonly movedTo: FuzzyDate | null
  readonly summary: LocalizedText
  readonly sources: readonly string[]
}

export interface Target {
  readonly id: string
  readonly title: LocalizedText
  readonly summary: LocalizedText
  readonly topics: readonly string[]
  readonly cycle: Cycle
  readonly setBy: Claimant
  readonly setOn: FuzzyDate
  readonly due: FuzzyDate
  readonly dueNote: LocalizedText | null
  readonly appliesTo: readonly string[]
  /** Sorted by date. */
  readonly outcomes: readonly OutcomeRecord[]
  readonly sources: readonly string[]
}

export type CountSubject = 'roadmaps' | 'programmes' | 'directions' | 'measures' | 'tasks'
export type CountMetric = 'total' | 'agreed' | 'open' | 'completed' | 'percent-done' | 'behind-schedule'

export interface CountClaim {
  readonly id: string
  readonly date: FuzzyDate
  readonly cycle: Cycle
  readonly subject: CountSubject
  readonly metric: CountMetric
  readonly value: number
  readonly valueHigh: number | null
  readonly of: number | null
  readonly qualifier: 'exact' | 'at-least' | 'about' | 'almost' | 'more-than'
  readonly claimant: Claimant
  readonly summary: LocalizedText
  readonly conflictGroup: string | null
  readonly sources: readonly string[]
  readonly confidence: Confidence
}

export interface TimelineEvent {
  readonly id: string
  readonly date: FuzzyDate
  readonly title: LocalizedText
  readonly summary: LocalizedText
  readonly actors: readonly string[]
  readonly actorLabels: readonly LocalizedText[]
  readonly topics: readonly string[]
  readonly milestone: boolean
  /** null in a user's dataset written before events had kinds. */
  readonly kind: EventKind | null
  readonly sources: readonly string[]
}

export interface ReportedArea {
  readonly id: string
  readonly label: LocalizedText
  readonly topics: readonly string[]
  readonly namedBy: LocalizedText
  readonly sources: readonly string[]
}

export interface CrosswalkLink {
  readonly roadmapId: string
  readonly programmeId: string | null
  readonly areaId: string | null
  readonly confidence: Confidence
  readonly note: LocalizedText
  readonly sources: readonly string[]
}

export interface Dataset {
  readonly sources: readonly Source[]
  readonly sourcesById: ReadonlyMap<string, Source>
  readonly people: readonly Person[]
  readonly peopleById: ReadonlyMap<string, Person>
  readonly topics: readonly Topic[]
  readonly topicsById: ReadonlyMap<string, Topic>
  /** Roadmaps then programmes, each in id order. */
  readonly items: readonly Item[]
  readonly itemsById: ReadonlyMap<string, Item>
  readonly reportedAreas: readonly ReportedArea[]
  readonly crosswalk: readonly CrosswalkLink[]
  readonly targets: readonly Target[]
  readonly targetsById: ReadonlyMap<string, Target>
  /** Sorted by date. */
  readonly counts: readonly CountClaim[]
  /** Sorted by date. */
  readonly events: readonly TimelineEvent[]
  /** The latest dated fact in the data: the dataset's "as of". */
  readonly latestFactDate: IsoDate
  /** The stories the deck plays (data/story.json), the default first; none in a user's dataset without the file. */
  readonly stories: readonly Story[]
  /** False for a user's own dataset written in English only: its texts then show in English in every language. */
  readonly translated: boolean
}
