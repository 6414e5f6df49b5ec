import type { Item } from '../../domain/types'
import { formatDay } from '../../lib/format'
import { exportText } from '../../export/export-text'
import { itemTitle } from '../../domain/names'
import type { Lang } from '../../i18n/lang'
import type { Slide } from './deck'
import type { BriefingText } from './briefing-text'

/** "RM02 Oil (oil market…)" or "RM05 (title not public)". */
export function itemLabel(item: Item, lang: Lang): string {
  return `${item.id} ${itemTitle(item, lang) ?? `(${exportText(lang, 'title.notPublic')})`}`
}

export function slideTitle(slide: Slide, text: BriefingText, lang: Lang, appTitle: string): string {
  const withPart = (title: string, part: number, parts: number) =>
    parts > 1 ? `${title} (${text('part', { n: part, total: parts })})` : title
  switch (slide.kind) {
    case 'title':
      return appTitle
    case 'story':
      return withPart(text('story.title'), slide.part, slide.parts)
    case 'status':
      return text('status.title')
    case 'deadlines':
      return withPart(text('deadlines.title'), slide.part, slide.parts)
    case 'changes':
      return text('changes.title', { date: formatDay(slide.compare, lang) })
    case 'disputed':
      return text('disputed.title', { item: itemLabel(slide.disputed.item, lang) })
    case 'sources':
      return withPart(text('sources.title'), slide.part, slide.parts)
  }
}
