// A chart or a view as another site shows it in a frame: the chart (or the view's body) alone, with its title,
// date and sources, one line naming the tracker and the date, and a link that opens the full view in a new tab.
// No header, search, navigation or date control: the link's filters, date, language and theme are the page's.
import { Suspense, useRef, type ComponentType } from 'react'
import { PanelBoundary } from '../components/panel-boundary'
import { formatDay } from '../lib/format'
import { useAsOf } from '../state/on-screen'
import { useLang, useT } from '../state/use-t'
import { viewAddress } from '../state/view-href'
import { currentView, useViewStore } from '../state/view-store'
import { useShallow } from 'zustand/react/shallow'
import { EMBED_PAGE_TEXT } from './embed-page-text'
import { useEmbedHeight } from './embed-height'
import './embed-page.css'

interface EmbedPageProps {
  /** What the page shows: one chart, or the view's body. */
  readonly Body: ComponentType
  /** The view's name, for the message if its code fails. */
  readonly name: string
}

export function EmbedPage({ Body, name }: EmbedPageProps) {
  const root = useRef<HTMLDivElement>(null)
  useEmbedHeight(root)
  const t = useT()
  const lang = useLang()
  const text = EMBED_PAGE_TEXT[lang]
  const asOf = useAsOf()
  const state = useViewStore(useShallow(currentView))
  const fullView = viewAddress({ ...state, embed: null })
  return (
    <div ref={root} className="embed-page">
      <main id="main" className="embed-page__body">
        <PanelBoundary
          name={name}
          failedLabel={t('panel.failed')}
          retryLabel={t('panel.retry')}
          codeFailedLabel={t('panel.codeFailed')}
          reloadLabel={t('app.reload')}
        >
          <Suspense fallback={<p role="status">{t('app.loadingView')}</p>}>
            <Body />
          </Suspense>
        </PanelBoundary>
      </main>
      <footer className="embed-page__footer">
        <p>
          {text.source}: {t('app.title')}, {text.statusesAsOf} {formatDay(asOf, lang)} ·{' '}
          <a href={fullView} target="_blank" rel="noopener">
            {text.openInTracker} <span className="visually-hidden">{text.newTab}</span>
            <span aria-hidden="true">↗</span>
          </a>
        </p>
      </footer>
    </div>
  )
}
