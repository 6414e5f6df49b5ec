import { useT } from '../state/use-t'

/** The title and subtitle, the same in the loading screen and the app, so the page does not shift between them. */
export function AppTitles() {
  const t = useT()
  return (
    <div className="app-header__titles">
      <h1 className="app-title">{t('app.title')}</h1>
      <p className="app-subtitle">{t('app.subtitle')}</p>
    </div>
  )
}
