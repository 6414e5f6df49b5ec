import { DataText } from '../../components/data-text'
import type { Lang } from '../../i18n/lang'
import type { LocalizedText } from '../../i18n/localized-text'

/**
 * A story's text: the data's in the reader's language; a user's own in the one language they wrote it in, marked
 * with it so a screen reader reads it in that language on a page in the other (WCAG 3.1.2).
 */
export function StoryText({
  text,
  lang,
  writtenIn,
}: {
  readonly text: LocalizedText
  readonly lang: Lang
  readonly writtenIn: Lang | null
}) {
  if (writtenIn === null) return <DataText text={text} lang={lang} />
  const wording = text[writtenIn] ?? text.en
  return writtenIn === lang ? <>{wording}</> : <span lang={writtenIn}>{wording}</span>
}
