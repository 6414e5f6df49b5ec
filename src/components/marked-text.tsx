import type { MarkedText } from '../domain/global-search'
import type { Lang } from '../i18n/lang'

const UNDETERMINED = 'und'

/** Text with the found words in <mark>; carries its language where it is known and differs from the page's. */
interface MarkedProps {
  readonly text: MarkedText
  readonly lang: Lang
  readonly className?: string
}

export function Marked({ text, lang, className }: MarkedProps) {
  const parts: React.ReactNode[] = []
  let cursor = 0
  for (const mark of text.marks) {
    if (mark.start > cursor) parts.push(text.text.slice(cursor, mark.start))
    parts.push(<mark key={mark.start}>{text.text.slice(mark.start, mark.end)}</mark>)
    cursor = mark.end
  }
  if (cursor < text.text.length) parts.push(text.text.slice(cursor))
  return (
    <span className={className} lang={text.lang === lang || text.lang === UNDETERMINED ? undefined : text.lang}>
      {parts}
    </span>
  )
}
