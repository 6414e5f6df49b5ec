import { citationSentence } from '../../export/citation'
import { useCitation } from '../../export/use-exports'
import { useLang } from '../../state/use-t'
import type { View } from '../../state/view'
import { METHODOLOGY_TEXT } from './methodology-text'

const OVERVIEW: Partial<View> = { view: 'overview' }

export function CiteSection() {
  const lang = useLang()
  const text = METHODOLOGY_TEXT[lang]
  const citation = useCitation(OVERVIEW)
  return (
    <>
      <h3 id="cite-heading">{text.citeHeading}</h3>
      <p>{text.cite}</p>
      <figure className="citation-example" aria-labelledby="cite-heading">
        <figcaption className="muted">{text.citeExample}</figcaption>
        <blockquote>{citationSentence(citation, lang)}</blockquote>
      </figure>
      <p>{text.citeFiles}</p>
    </>
  )
}
