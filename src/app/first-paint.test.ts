import { screen } from '@testing-library/react'
import fc from 'fast-check'
import firstPaint from '../../public/first-paint.js?raw'
import { STATIC_SHELL_ID, staticShellHtml } from '../../scripts/static-shell'
import { THEMES } from '../state/view'
import { storeTheme } from './theme-preference'
import { applyLinkBeforeData } from './url-sync'

/** The language and theme on <html> after `apply`, starting from index.html's own. */
function htmlAfter(apply: () => void) {
  const root = document.documentElement
  root.lang = 'en'
  delete root.dataset.theme
  apply()
  return { lang: root.lang, theme: root.dataset.theme }
}

// The script index.html runs before the first paint, run as the page would run it.
const runFirstPaint = () => {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the page's own script text is what is under test.
  const script = new Function(firstPaint) as () => void
  script()
}

const pair = fc.tuple(
  fc.constantFrom('lang', 'theme', 'LANG', 'view', 'v'),
  fc.oneof(fc.constantFrom('ru', 'en', 'RU', 'de', '', ' ru', ...THEMES, 'DARK'), fc.string()),
)

describe('first-paint.js', () => {
  afterEach(() => storeTheme('system'))

  it('puts the same language and theme on the page as the app does, for any link and saved theme', () => {
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 4 }), fc.constantFrom(...THEMES), (pairs, saved) => {
        window.history.replaceState(null, '', `/?${new URLSearchParams(pairs).toString()}`)
        storeTheme(saved)
        expect(htmlAfter(runFirstPaint)).toEqual(htmlAfter(applyLinkBeforeData))
      }),
      { numRuns: 300 },
    )
  })

  it('opens a Russian link in Russian, in the linked theme over the saved one', () => {
    window.history.replaceState(null, '', '/?lang=ru&theme=contrast')
    storeTheme('dark')
    expect(htmlAfter(runFirstPaint)).toEqual({ lang: 'ru', theme: 'contrast' })
  })

  describe('when a file of the app’s code fails to load', () => {
    beforeEach(() => document.body.insertAdjacentHTML('afterbegin', staticShellHtml()))
    afterEach(() => document.getElementById(STATIC_SHELL_ID)?.remove())

    const loadingLines = () => [...document.querySelectorAll('[role="status"]')].map((line) => line.textContent)

    function failToLoad(tag: 'script' | 'link' | 'img') {
      const element = document.createElement(tag)
      document.head.append(element)
      element.dispatchEvent(new Event('error'))
      element.remove()
    }

    it('turns the loading line, in each language, into a message to reload', () => {
      runFirstPaint()
      failToLoad('script')
      expect(loadingLines()).toEqual([
        'The page’s code did not load. Check the connection and reload the page.',
        'Код страницы не загрузился. Проверьте соединение и перезагрузите страницу.',
      ])
    })

    it('shows the reader’s copy of the screen, as the file that failed may be the stylesheet that would have', () => {
      window.history.replaceState(null, '', '/?lang=ru')
      runFirstPaint()
      expect(screen.queryByRole('status')).not.toBeInTheDocument()
      failToLoad('link')
      expect(screen.getByRole('status')).toHaveTextContent(
        'Код страницы не загрузился. Проверьте соединение и перезагрузите страницу.',
      )
    })

    it('leaves the loading line alone when something other than code fails', () => {
      runFirstPaint()
      failToLoad('img')
      expect(loadingLines()).toEqual(['Loading the dataset…', 'Загрузка данных…'])
    })
  })
})
