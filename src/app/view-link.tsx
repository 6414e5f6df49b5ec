import type { ReactNode } from 'react'
import { InAppLink } from '../components/in-app-link'
import { useViewHref } from '../state/view-href'
import type { ViewName } from '../state/view'
import { useViewStore } from '../state/view-store'

/** A link to another view that keeps everything else the reader chose (set, filters, date, theme, language). */
export function ViewLink({ view, children }: { readonly view: ViewName; readonly children: ReactNode }) {
  const href = useViewHref({ view })
  const current = useViewStore((state) => state.view === view)
  const showView = useViewStore((state) => state.showView)
  return (
    <InAppLink href={href} current={current} onNavigate={() => showView(view)}>
      {children}
    </InAppLink>
  )
}
