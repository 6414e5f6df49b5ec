import { useT } from '../state/use-t'
import { useUrlNotices } from './url-sync'

export function UrlNotice() {
  const notices = useUrlNotices((state) => state.notices)
  const dismiss = useUrlNotices((state) => state.dismiss)
  const t = useT()
  if (notices.length === 0) return null
  return (
    <div className="notice" role="status">
      <p>{t('notice.urlIgnored')}</p>
      <ul>
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  )
}
