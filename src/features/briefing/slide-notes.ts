// What a slide gives the presenter beyond what the audience sees: its one-line takeaway and its speaker notes, in
// the reader's language, or null where the slide has none.
import type { Lang } from '../../i18n/lang'
import { textIn } from '../../i18n/localized-text'
import type { Slide } from './deck'

export function slideNotes(slide: Slide, lang: Lang): string | null {
  return slide.notes ? textIn(slide.notes, lang) : null
}

export function slideTakeaway(slide: Slide, lang: Lang): string | null {
  return slide.takeaway ? textIn(slide.takeaway, lang) : null
}
