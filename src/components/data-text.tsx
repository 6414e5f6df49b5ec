// A text of the dataset in the reader's language. Quotes show in their original wording where it is the reader's
// language; elsewhere the translation is marked as one, with the original beside it. Words in another language
// than the page's carry their own `lang`, so a screen reader pronounces them right (WCAG 3.1.2).
import type { Lang } from '../i18n/lang'
import { shownLang, textSegments, type LocalizedText, type TextSegment } from '../i18n/localized-text'
import { isSourceLanguage, ORIGINAL_WORDING, TRANSLATED_FROM } from '../i18n/source-languages'

function QuoteSegment({ segment, lang }: { readonly segment: TextSegment & { kind: 'quote' }; readonly lang: Lang }) {
  const from = segment.translatedFrom
  if (!from) return <span lang={segment.lang}>{segment.text}</span>
  const origin = isSourceLanguage(from.lang) ? TRANSLATED_FROM[lang][from.lang] : from.lang
  return (
    <>
      {segment.text}
      <span className="quote-original">
        {' '}
        ({origin}; {ORIGINAL_WORDING[lang]}: <span lang={from.lang}>«{from.original}»</span>)
      </span>
    </>
  )
}

export function DataText({ text, lang }: { readonly text: LocalizedText; readonly lang: Lang }) {
  const shown = shownLang(text, lang)
  const segments = textSegments(text, lang)
  const body = segments.map((segment, index) =>
    segment.kind === 'plain' ? segment.text : <QuoteSegment key={index} segment={segment} lang={lang} />,
  )
  return shown === lang ? <>{body}</> : <span lang={shown}>{body}</span>
}
