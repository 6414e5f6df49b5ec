// A source's title as published, marked with its language, and in brackets its rendering in the reader's language.
import type { Source } from '../domain/types'
import type { Lang } from '../i18n/lang'
import { sourceTitleFor } from '../i18n/localized-text'

export function SourceTitle({ source, lang }: { readonly source: Source; readonly lang: Lang }) {
  const { original, originalLang, rendering } = sourceTitleFor(source, lang)
  return (
    <>
      <span lang={originalLang}>{original}</span>
      {rendering ? <span className="source-title__rendering"> [{rendering}]</span> : null}
    </>
  )
}
