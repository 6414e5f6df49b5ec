import type { Item } from '../../domain/types'
import { formatDay } from '../../lib/format'
import { exportText } from '../../export/export-text'
import { itemTitle } from '../../domain/names'
import { textIn } from '../../i18n/localized-text'
import type { Lang } from '../../i18n/lang'
import type { Slide } from './deck'
import type { BriefingText } from './briefing-text'

/** "RM02 Oil (oil market…)" or "RM05 (title not public)". */
export function itemLabel(item: Item, lang: Lang): string {
  return `${item.id} ${itemTitle(item, lang) ?? `(${exportText(lang, 'title.notPublic')})`}`
}

/** A step slide is named by what it shows and its date, so the audience always knows when the slide speaks for. */
export function slideTitle(slide: Slide, text: BriefingText, lang: Lang): string {
  if (slide.kind === 'title') return textIn(slide.story.title, lang)
  if (slide.kind === 'sources') return text(slide.part === 1 ? 'sources.title' : 'sources.continued')
  const date = formatDay(slide.view.asOf, lang)
  switch (slide.kind) {
    case 'status':
      return text('slide.status', { date })
    case 'deadlines':
      return text(slide.part === 1 ? 'slide.deadlines' : 'slide.deadlinesContinued', { date })
    case 'changes':
      return text('slide.changes', { from: formatDay(slide.compare, lang), date })
    case 'disputed':
      return slide.disputed
        ? text('slide.disputed', { item: itemLabel(slide.disputed.item, lang) })
        : text('slide.disputedNone', { date })
    case 'progress':
      return text('slide.progress', { date })
  }
}
