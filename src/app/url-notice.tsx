import { useLang, useT } from '../state/use-t'
import { describeLinkNotice } from '../state/link-notice-text'
import { useUrlNotices } from './url-sync'

export function UrlNotice() {
  const notices = useUrlNotices((state) => state.notices)
  const dismiss = useUrlNotices((state) => state.dismiss)
  const t = useT()
  const lang = useLang()
  if (notices.length === 0) return null
  return (
    <div className="notice" role="status">
      <p>{t('notice.urlIgnored')}</p>
      <ul>
        {notices.map((notice) => (
          <li key={JSON.stringify(notice)}>{describeLinkNotice(notice, lang)}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  )
}
