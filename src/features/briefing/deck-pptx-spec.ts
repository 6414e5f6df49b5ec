// The deck as a PowerPoint spec: one slide per deck slide, each with its title, takeaway, rows as editable text,
// its sources as footnote numbers (the deck's numbers, in runs) and speaker notes. Pure, so it is tested without a page;
// the figures are pictured from the page and the file written by export/pptx-deck.ts.
import { describeClaimValue } from '../../components/charts/claim-value'
import { claimantName } from '../../domain/names'
import { OUTCOME_META } from '../../domain/outcome'
import { STATUS_META } from '../../domain/status'
import type { CountClaim, Position } from '../../domain/types'
import type { Citation } from '../../export/citation'
import type { PptxDeckSpec, PptxSlideSpec } from '../../export/pptx-deck'
import type { Lang } from '../../i18n/lang'
import { sourceTitleFor, textIn } from '../../i18n/localized-text'
import { MESSAGES } from '../../i18n/messages'
import { formatDay, formatFuzzyDate, formatNumber } from '../../lib/format'
import { briefingText, sideKey, type BriefingText } from './briefing-text'
import { countLabel } from './count-label'
import {
  footnotesOf,
  ganttRowsOf,
  itemIds,
  numberRuns,
  sourceNumbers,
  type Deck,
  type MoveGroup,
  type NumberedSource,
  type Slide,
} from './deck'
import { presenterText, type PresenterText } from './presenter-text'
import { storyPeriod } from './story-period'

export interface DeckPptxInput {
  readonly deck: Deck
  /** Each slide's title, as the deck shows it. */
  readonly titles: readonly string[]
  readonly lang: Lang
  readonly citation: Citation
  /** The link to the deck's first slide, as the title slide gives it. */
  readonly deckUrl: string
}

/** Slides whose body is a chart: it is pictured beside the slide's rows. */
const FIGURE_KINDS: ReadonlySet<Slide['kind']> = new Set(['status', 'deadlines', 'progress'])

interface Words {
  readonly lang: Lang
  readonly text: BriefingText
  readonly presenter: PresenterText
}

const claimValue = (claim: CountClaim, lang: Lang) =>
  describeClaimValue(claim, claim.metric === 'percent-done' ? 'percent' : 'count', lang)

function claimBy(claim: CountClaim, lang: Lang): string {
  const inferred = claim.confidence === 'inferred' ? `, ${MESSAGES[lang]['claim.inferred']}` : ''
  return `${formatFuzzyDate(claim.date, lang)} · ${claimantName(claim.claimant, lang)}${inferred}`
}

/** A source as a reference list gives it: "[3] Publisher. “Title” (6 Dec 2019). address". */
export function sourceReference(entry: NumberedSource, lang: Lang): string {
  const { source } = entry
  if (typeof source === 'string') return `[${entry.number}] ${source}`
  const { original, rendering } = sourceTitleFor(source, lang)
  const title = rendering ? `${original} [${rendering}]` : original
  const url = source.url ? ` ${source.url}` : ''
  return `[${entry.number}] ${textIn(source.publisher, lang)}. “${title}” (${formatFuzzyDate(source.date, lang)}).${url}`
}

function moveLine(group: MoveGroup, { lang, text }: Words): string {
  const kind = group.kind === 'status' ? '' : `${text(`kind.${group.kind}`)}: `
  const from = group.from ? STATUS_META[group.from].label[lang] : '—'
  return `${kind}${from} → ${STATUS_META[group.to].label[lang]}: ${itemIds(group.items)}`
}

function positionLine(side: string, position: Position, lang: Lang): string {
  return `${side} — ${claimantName(position.claimant, lang)}, ${formatFuzzyDate(position.date, lang)}: ${textIn(position.summary, lang)}`
}

function titleLines(slide: Extract<Slide, { kind: 'title' }>, input: DeckPptxInput, { lang, text }: Words) {
  const period = storyPeriod(slide.story)
  const { writtenIn } = slide.story
  return [
    MESSAGES[lang]['app.subtitle'],
    `${text('title.steps')}: ${formatNumber(slide.steps, lang)}`,
    ...(period
      ? [
          `${text('title.period')}: ${text('title.periodValue', { from: formatDay(period.from, lang), to: formatDay(period.to, lang) })}`,
        ]
      : []),
    ...(writtenIn ? [text('title.writtenIn', { lang: text(`lang.${writtenIn}`) })] : []),
    `${text('title.data')}: ${text('title.dataValue', { version: input.citation.datasetVersion, date: formatDay(input.citation.dataAsOf, lang) })}`,
    `${text('title.link')}: ${input.deckUrl}`,
  ]
}

/** Each reported figure with its date and claimant, then the numbered key events the chart marks. */
function progressLines(slide: Extract<Slide, { kind: 'progress' }>, { lang }: Words): readonly string[] {
  return [
    ...[slide.counts, slide.percents].flatMap((panel) =>
      panel.series.flatMap((series) =>
        series.points.map(
          (point) => `${series.spec.label[lang]}: ${claimValue(point.claim, lang)} (${claimBy(point.claim, lang)})`,
        ),
      ),
    ),
    ...slide.counts.markers.map(
      (marker) => `${marker.number}. ${formatFuzzyDate(marker.event.date, lang)} ${textIn(marker.event.title, lang)}`,
    ),
  ]
}

/** The slide's rows as the deck shows them, one line each. */
function slideLines(slide: Slide, input: DeckPptxInput, words: Words): readonly string[] {
  const { lang, text } = words
  switch (slide.kind) {
    case 'title':
      return titleLines(slide, input, words)
    case 'status':
      return [
        ...slide.groups.map(
          (line) => `${STATUS_META[line.status].label[lang]}: ${formatNumber(line.count, lang)} — ${line.ids}`,
        ),
        ...slide.reported.flatMap((entry) => {
          const metric = text(entry.metric === 'open' ? 'metric.open' : 'metric.agreed')
          return [
            ...entry.claims.map((claim) =>
              text('status.reported', {
                date: formatFuzzyDate(claim.date, lang),
                value: describeClaimValue(claim, 'count', lang),
                metric,
                claimant: claimantName(claim.claimant, lang),
              }),
            ),
            text('status.known', {
              known: formatNumber(entry.known, lang),
              metric,
              unattributed: formatNumber(entry.unattributed, lang),
            }),
          ]
        }),
      ]
    case 'deadlines':
      return ganttRowsOf(slide.gantt).map(({ target, state }) => {
        const overdue =
          state.daysOverdue === null
            ? ''
            : `, ${text('deadline.overdue', { n: formatNumber(state.daysOverdue, lang) })}`
        return `${textIn(target.title, lang)}: ${OUTCOME_META[state.outcome].label[lang]} (${text('gantt.due')} ${formatFuzzyDate(target.due, lang)}${overdue})`
      })
    case 'changes':
      return [
        ...slide.moves.map((group) => moveLine(group, words)),
        ...slide.knowledge.map((group) => moveLine(group, words)),
        ...slide.changes.fellDue.map(
          ({ target, state }) =>
            `${text('changes.fellDue')}: ${textIn(target.title, lang)} (${formatFuzzyDate(target.due, lang)}) — ${OUTCOME_META[state.outcome].label[lang]}`,
        ),
        ...slide.changes.countDeltas.map((delta) => {
          const before = delta.before.map((claim) => claimValue(claim, lang)).join(' / ')
          const after = delta.after.map((claim) => claimValue(claim, lang)).join(' / ')
          return `${countLabel(delta.query, lang)}: ${before ? `${text('changes.before')} ${before} → ` : `${text('changes.new')} `}${after}`
        }),
      ]
    case 'disputed': {
      if (!slide.disputed) return [text('disputed.noneShown')]
      const { status, sides } = slide.disputed
      return [
        ...(status ? [`${text('disputed.status')}: ${STATUS_META[status].label[lang]}`] : []),
        ...(['RU', 'BY'] as const).flatMap((side) =>
          sides[side].map((position) => positionLine(text(sideKey(side)), position, lang)),
        ),
      ]
    }
    case 'progress':
      return progressLines(slide, words)
    case 'sources':
      return [
        ...slide.entries.map((entry) => sourceReference(entry, lang)),
        ...(slide.later > 0 ? [text('sources.later', { n: formatNumber(slide.later, lang) })] : []),
      ]
  }
}

/**
 * The slide's footnote as the printed deck gives it, "Sources: 1, 2, 4–8": the numbers only, so a slide citing dozens
 * keeps it to a line; the references are on the sources slides and in the speaker notes.
 */
function footnoteLine(footnotes: readonly NumberedSource[], { lang, text }: Words): string | null {
  const runs = numberRuns(footnotes.map((entry) => entry.number))
  if (runs.length === 0) return null
  const numbers = runs.map((run) =>
    run.to > run.from ? `${formatNumber(run.from, lang)}–${formatNumber(run.to, lang)}` : formatNumber(run.from, lang),
  )
  return `${text('sources.footnotes')}: ${numbers.join(', ')}`
}

/** The speaker notes, then the slide's sources in full: the presenter has them at hand when asked. */
function notesOf(slide: Slide, footnotes: readonly NumberedSource[], words: Words): string {
  const { lang, presenter } = words
  const spoken = slide.notes ? textIn(slide.notes, lang) : null
  const sources =
    footnotes.length > 0
      ? [`${presenter('sourcesNote')}:`, ...footnotes.map((entry) => sourceReference(entry, lang))]
      : [presenter('noSources')]
  return [...(spoken ? [spoken, ''] : []), ...sources].join('\n')
}

export function deckPptxSpec(input: DeckPptxInput): PptxDeckSpec {
  const { deck, lang } = input
  const words: Words = { lang, text: briefingText(lang), presenter: presenterText(lang) }
  const numbers = sourceNumbers(deck.sources)
  const slides = deck.slides.map((slide, index): PptxSlideSpec => {
    const footnotes = footnotesOf(slide.sourceIds, numbers)
    return {
      title: input.titles[index] ?? '',
      takeaway: slide.takeaway ? textIn(slide.takeaway, lang) : null,
      hasFigure: FIGURE_KINDS.has(slide.kind),
      bullets: slideLines(slide, input, words),
      footnote: footnoteLine(footnotes, words),
      notes: notesOf(slide, footnotes, words),
    }
  })
  return {
    title: MESSAGES[lang]['app.title'],
    subject: `${words.text('heading')}: ${input.titles[0] ?? ''}`,
    lang,
    slides,
  }
}
