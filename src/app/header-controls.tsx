// Reader settings in the header: theme, interface language and a link to this exact view, in this theme. The
// print-only line puts the view's citation on top of any printed page.
import { CopyLinkButton } from '../components/copy-link-button'
import { EmbedButton } from '../components/embed-button'
import { useEmbedCode } from '../export/use-embed-code'
import { citationSentence } from '../export/citation'
import { useCitation } from '../export/use-exports'
import { useLang, useT } from '../state/use-t'
import { useViewAddress } from '../state/view-href'
import { THEMES, type Theme } from '../state/view'
import { LANGS, type Lang } from '../i18n/lang'
import { useViewStore } from '../state/view-store'
import { HEADER_TEXT, THEME_KEYS } from './header-controls-text'
import { storeTheme } from './theme-preference'
import './header-controls.css'

/** Each language named in itself, so a reader who does not read the current one still finds theirs. */
const LANG_NAMES: Record<Lang, string> = { en: 'English', ru: 'Русский' }

/** In both languages at once, for the same reason. */
const LANGUAGE_GROUP = 'Language · Язык'

const isTheme = (value: string): value is Theme => (THEMES as readonly string[]).includes(value)

/** `viewTitle`: the view's name, which an embedded frame of it carries as its accessible name. */
export function HeaderControls({ viewTitle }: { readonly viewTitle: string }) {
  const lang = useLang()
  const t = useT()
  const text = HEADER_TEXT[lang]
  const theme = useViewStore((state) => state.theme)
  const setTheme = useViewStore((state) => state.setTheme)
  const setLang = useViewStore((state) => state.setLang)
  const citation = useCitation()
  const address = useViewAddress()
  const embed = useEmbedCode('view', `${viewTitle} — ${t('app.title')}`)

  return (
    <>
      <div className="header-controls" role="group" aria-label={text.group}>
        <label className="header-controls__theme">
          <span>{text.theme}</span>
          <select
            value={theme}
            onChange={(event) => {
              const value = event.target.value
              if (!isTheme(value)) return
              setTheme(value)
              storeTheme(value)
            }}
          >
            {THEMES.map((option) => (
              <option key={option} value={option}>
                {text[THEME_KEYS[option]]}
              </option>
            ))}
          </select>
        </label>
        <div className="header-controls__langs" role="group" aria-label={LANGUAGE_GROUP}>
          {LANGS.map((option) => (
            <button
              key={option}
              type="button"
              lang={option}
              aria-pressed={lang === option}
              onClick={() => setLang(option)}
            >
              {LANG_NAMES[option]}
            </button>
          ))}
        </div>
        <CopyLinkButton url={address} label={text.copy} copiedLabel={text.copied} failedLabel={text.copyFailed} />
        <EmbedButton {...embed} />
      </div>
      <p className="print-only print-citation">
        {text.printedFrom}: {citationSentence(citation, lang)}
      </p>
    </>
  )
}
