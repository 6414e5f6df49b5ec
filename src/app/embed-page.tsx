// A chart or a view as another site shows it in a frame: the chart (or the view's body) alone, with its title,
// date and sources, one line naming the tracker and the date, and a link that opens the full view in a new tab.
// No header, search, navigation or date control: the link's filters, date, language and theme are the page's.
import { Suspense, useRef } from 'react'
import { PanelBoundary } from '../components/panel-boundary'
import { formatDay } from '../lib/format'
import { useAsOf } from '../state/on-screen'
import { useLang, useT } from '../state/use-t'
import type { EmbedTarget } from '../state/view'
import { viewAddress } from '../state/view-href'
import { currentView, useViewStore } from '../state/view-store'
import { useShallow } from 'zustand/react/shallow'
import { EMBED_PAGE_TEXT } from './embed-page-text'
import { useEmbedHeight } from './embed-height'
import { EMBEDDABLE_CHARTS, type LazyView } from './lazy-views'
import './embed-page.css'

interface EmbedPageProps {
  readonly target: EmbedTarget
  /** The view's body and name, shown when the whole view is embedded. */
  readonly view: { readonly Panel: LazyView; readonly name: string }
}

export function EmbedPage({ target, view }: EmbedPageProps) {
  const root = useRef<HTMLDivElement>(null)
  useEmbedHeight(root)
  const t = useT()
  const lang = useLang()
  const text = EMBED_PAGE_TEXT[lang]
  const asOf = useAsOf()
  const state = useViewStore(useShallow(currentView))
  const fullView = viewAddress({ ...state, embed: null })
  const Body = target === 'view' ? view.Panel : EMBEDDABLE_CHARTS[target]
  return (
    <div ref={root} className="embed-page">
      <main id="main" className="embed-page__body">
        <PanelBoundary
          name={view.name}
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
