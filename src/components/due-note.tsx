import type { Target } from '../domain/types'
import type { Lang } from '../i18n/lang'
import { DataText } from './data-text'

/** What the data says about a due date ("by the end of the year"), in brackets after it. */
export function DueNote({ target, lang }: { readonly target: Target; readonly lang: Lang }) {
  if (!target.dueNote) return null
  return (
    <span className="muted">
      {' '}
      (<DataText text={target.dueNote} lang={lang} />)
    </span>
  )
}
