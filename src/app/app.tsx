import { lazy, Suspense, useEffect } from 'react'
import { PanelBoundary } from '../components/panel-boundary'
import { SkipLink } from '../components/skip-link'
import { CustomDataBanner } from '../features/custom-data/custom-data-banner'
import { CustomDataButton } from '../features/custom-data/custom-data-button'
import { BOARD_RESULTS_ID } from '../features/board/results-anchor'
import { GlobalSearch } from '../features/search/global-search'
import { formatDay } from '../lib/format'
import type { MessageKey } from '../i18n/messages'
import { DatasetContext, useDatasetQuery } from '../state/on-screen'
import { useLang, useT } from '../state/use-t'
import type { ViewName } from '../state/view'
import { useViewStore } from '../state/view-store'
import { AppTitles } from './app-titles'
import { AsOfBar } from './as-of-bar'
import {
  BoardPanel,
  BriefingPanel,
  ChartsPanel,
  EMBEDDABLE_CHARTS,
  LineagePanel,
  MethodologyPanel,
  OverviewPanel,
  PresenterPanel,
  TimelinePanel,
  type LazyView,
} from './lazy-views'
import { HeaderControls } from './header-controls'
import { UpdatePrompt } from './update-prompt'
import { useUrlNotices, useUrlSync } from './url-sync'
import { ViewLink } from './view-link'

interface ViewEntry {
  readonly name: ViewName
  readonly label: MessageKey
  /** The view's code, loaded on first use. */
  readonly Panel: LazyView
  /** Reached from the header link rather than the main navigation. */
  readonly inNav: boolean
  /** Shows statuses as of a date, so the as-of control sits above it. */
  readonly timeAware: boolean
  /** A second skip link, past the view's own controls to its results. */
  readonly skipTo?: { readonly target: string; readonly label: MessageKey }
}

/** The views that exist. A view is listed here once it is built; nothing stands in for one that is not. */
const VIEWS: readonly ViewEntry[] = [
  { name: 'overview', label: 'nav.overview', Panel: OverviewPanel, inNav: true, timeAware: false },
  {
    name: 'board',
    label: 'nav.board',
    Panel: BoardPanel,
    inNav: true,
    timeAware: true,
    skipTo: { target: BOARD_RESULTS_ID, label: 'app.skipResults' },
  },
  { name: 'charts', label: 'nav.charts', Panel: ChartsPanel, inNav: true, timeAware: true },
  { name: 'timeline', label: 'nav.timeline', Panel: TimelinePanel, inNav: true, timeAware: true },
  { name: 'lineage', label: 'nav.lineage', Panel: LineagePanel, inNav: true, timeAware: true },
  { name: 'briefing', label: 'nav.briefing', Panel: BriefingPanel, inNav: true, timeAware: true },
  { name: 'methodology', label: 'nav.methodology', Panel: MethodologyPanel, inNav: false, timeAware: false },
]

// The view a link opens on (the overview when it names none) starts loading its code with the app's, alongside the
// data, rather than once the data is in.
const linked = new URLSearchParams(window.location.search).get('view') ?? 'overview'
void VIEWS.find((entry) => entry.name === linked)?.Panel.preload()

function useDocumentSettings() {
  const theme = useViewStore((state) => state.theme)
  const lang = useLang()
  useEffect(() => {
    document.documentElement.dataset.theme = theme
    document.documentElement.lang = lang
  }, [theme, lang])
}

// A page framed by another site, and the notice on a link with settings it did not understand: both rare, so their
// code stays out of the first download.
const EmbedPage = lazy(() => import('./embed-page').then((module) => ({ default: module.EmbedPage })))
const UrlNotice = lazy(() => import('./url-notice').then((module) => ({ default: module.UrlNotice })))

// Loaded only when a deadline is opened, so the selectors it needs stay off the first screen.
const DeadlinePanel = lazy(() =>
  import('../features/deadline/deadline-panel').then((module) => ({ default: module.DeadlinePanel })),
)

// The board draws its own item panel; over the other views it loads when an item is opened.
const ItemPanel = lazy(() => import('../features/board/item-panel').then((module) => ({ default: module.ItemPanel })))

export function App() {
  const dataset = useDatasetQuery()
  useUrlSync(dataset)
  useDocumentSettings()
  const t = useT()
  const lang = useLang()
  const current = useViewStore((state) => state.view)
  const deadlineOpen = useViewStore((state) => state.deadline !== null)
  const itemOpen = useViewStore((state) => state.item !== null)
  const presenter = useViewStore((state) => state.presenter)
  const active = VIEWS.find((entry) => entry.name === current) ?? VIEWS[0]
  const embed = useViewStore((state) => state.embed)
  const linkNoticed = useUrlNotices((state) => state.notices.length > 0)

  if (embed !== null && active)
    return (
      <DatasetContext value={dataset}>
        <Suspense fallback={<p role="status">{t('app.loadingView')}</p>}>
          <EmbedPage Body={embed === 'view' ? active.Panel : EMBEDDABLE_CHARTS[embed]} name={t(active.label)} />
        </Suspense>
        {deadlineOpen ? (
          <Suspense fallback={null}>
            <DeadlinePanel />
          </Suspense>
        ) : null}
      </DatasetContext>
    )

  // The presenter's window shows the deck's presenter view alone, without the site's header and navigation.
  if (presenter) {
    return (
      <DatasetContext value={dataset}>
        <main id="main" className="page app-main" tabIndex={-1}>
          <PanelBoundary
            name={t('nav.briefing')}
            failedLabel={t('panel.failed')}
            retryLabel={t('panel.retry')}
            codeFailedLabel={t('panel.codeFailed')}
            reloadLabel={t('app.reload')}
          >
            <Suspense fallback={<p role="status">{t('app.loadingView')}</p>}>
              <PresenterPanel />
            </Suspense>
          </PanelBoundary>
        </main>
      </DatasetContext>
    )
  }

  return (
    <DatasetContext value={dataset}>
      <div className="page">
        <SkipLink target="main">{t('app.skip')}</SkipLink>
        {active?.skipTo ? <SkipLink target={active.skipTo.target}>{t(active.skipTo.label)}</SkipLink> : null}
        <header className="app-header">
          <AppTitles />
          <p className="app-meta">
            {t('app.dataAsOf')} {formatDay(dataset.latestFactDate, lang)} ·{' '}
            <ViewLink view="methodology">{t('app.methodology')}</ViewLink> · <CustomDataButton />
          </p>
          <HeaderControls viewTitle={active ? t(active.label) : t('app.title')} />
          <CustomDataBanner />
          <GlobalSearch />
          <nav aria-label={t('nav.label')} className="app-nav">
            <ul>
              {VIEWS.filter((entry) => entry.inNav).map((entry) => (
                <li key={entry.name}>
                  <ViewLink view={entry.name}>{t(entry.label)}</ViewLink>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        {linkNoticed ? (
          <Suspense fallback={null}>
            <UrlNotice />
          </Suspense>
        ) : null}
        {dataset.translated || lang === 'en' ? null : (
          <p className="inline-notice app-notice" role="note">
            {t('data.englishOnly')}
          </p>
        )}
        <UpdatePrompt />
        {active?.timeAware ? <AsOfBar /> : null}
        <main id="main" className="app-main" tabIndex={-1}>
          {active ? (
            <PanelBoundary
              key={active.name}
              name={t(active.label)}
              failedLabel={t('panel.failed')}
              retryLabel={t('panel.retry')}
              codeFailedLabel={t('panel.codeFailed')}
              reloadLabel={t('app.reload')}
            >
              <Suspense fallback={<p role="status">{t('app.loadingView')}</p>}>
                <active.Panel />
              </Suspense>
            </PanelBoundary>
          ) : null}
        </main>
        {itemOpen && current !== 'board' ? (
          <Suspense fallback={null}>
            <ItemPanel />
          </Suspense>
        ) : null}
        {deadlineOpen ? (
          <Suspense fallback={null}>
            <DeadlinePanel />
          </Suspense>
        ) : null}
      </div>
    </DatasetContext>
  )
}
