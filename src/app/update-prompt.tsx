import { useT } from '../state/use-t'
import { useViewStore } from '../state/view-store'
import { useAppUpdate } from './service-worker'

/**
 * Says a new version is ready and reloads into it only when asked. Kept out of the deck, so nothing on screen
 * changes while someone presents; it shows again on leaving the briefing.
 */
export function UpdatePrompt() {
  const waiting = useAppUpdate((state) => state.waiting)
  const reload = useAppUpdate((state) => state.reload)
  const presenting = useViewStore((state) => state.view === 'briefing')
  const t = useT()
  if (!waiting || presenting) return null
  return (
    <div className="notice" role="status">
      <p>{t('update.ready')}</p>
      <button type="button" onClick={reload}>
        {t('update.reload')}
      </button>
    </div>
  )
}
