// A deadline's own panel, over any view (`deadline` in the link): what was promised, by whom, for when, whom it
// binds, and its dated outcome chain with sources, as known on the chosen date.
import type { ReactNode } from 'react'
import { Dialog } from '../../components/dialog'
import { InAppLink } from '../../components/in-app-link'
import { textIn } from '../../i18n/localized-text'
import { DataText } from '../../components/data-text'
import { DeadlineStateBadge } from '../../components/deadline-state-badge'
import { OutcomeChain } from '../../components/outcome-chain'
import { SourceRefs } from '../../components/source-refs'
import type { DeadlineDetail } from '../../domain/deadline-detail'
import { formatDay, formatFuzzyDate } from '../../lib/format'
import { useAsOf } from '../../state/derived'
import { useDeadlineDetail } from './use-deadline-detail'
import { useDeadlineLabels, useLang } from '../../state/use-t'
import { useSourceRefs } from '../../state/use-source-refs'
import { useViewHref } from '../../state/view-href'
import { useViewStore } from '../../state/view-store'
import { useDeadlineText } from './deadline-text'
import './deadline.css'

/** The item's panel on the board: in place on a plain click, in a new tab on a Ctrl/Cmd- or middle-click. */
function ItemOnBoardLink({ itemId, children }: { readonly itemId: string; readonly children: ReactNode }) {
  const href = useViewHref({ view: 'board', item: itemId })
  const showView = useViewStore((state) => state.showView)
  const selectItem = useViewStore((state) => state.selectItem)
  return (
    <InAppLink
      href={href}
      onNavigate={() => {
        showView('board')
        selectItem(itemId)
      }}
    >
      {children}
    </InAppLink>
  )
}

function DeadlineBody({ detail }: { readonly detail: DeadlineDetail }) {
  const lang = useLang()
  const text = useDeadlineText()
  const deadlineLabels = useDeadlineLabels()
  const sourceRefs = useSourceRefs()
  const asOf = formatDay(useAsOf(), lang)
  const { target, state, scope } = detail
  if (!detail.known) return <p>{text.notYetSet(asOf, formatFuzzyDate(target.setOn, lang))}</p>
  return (
    <div className="deadline-detail">
      <p className="muted">{text.asOf(asOf)}</p>
      <p>
        <DataText text={target.summary} lang={lang} />
      </p>
      <p>
        {text.setBy(textIn(target.setBy.label, lang), formatFuzzyDate(target.setOn, lang))}{' '}
        <span className="visually-hidden">{text.sources}: </span>
        <SourceRefs {...sourceRefs(target.sources)} />
      </p>
      {scope.kind === 'programme' ? (
        <p>{text.bindsProgramme(scope.set)}</p>
      ) : (
        <>
          <p className="deadline-detail__binds">{text.bindsItems}</p>
          <ul className="deadline-detail__items">
            {scope.items.map((item) => (
              <li key={item.id}>
                <ItemOnBoardLink itemId={item.id}>
                  {item.id}
                  {item.title ? (
                    <>
                      {' '}
                      <DataText text={item.title} lang={lang} />
                    </>
                  ) : null}
                </ItemOnBoardLink>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{text.stateHeading}</h3>
      <p>
        <DeadlineStateBadge state={state} lang={lang} labels={deadlineLabels} />
      </p>
      <h3>{text.chainHeading}</h3>
      <OutcomeChain target={target} chain={state.chain} lang={lang} labels={deadlineLabels} sourceRefs={sourceRefs} />
      {detail.laterReports > 0 ? <p className="muted">{text.laterReports(detail.laterReports, asOf)}</p> : null}
    </div>
  )
}

export function DeadlinePanel() {
  const detail = useDeadlineDetail()
  const text = useDeadlineText()
  const lang = useLang()
  const openDeadline = useViewStore((state) => state.openDeadline)
  return (
    <Dialog
      open={detail !== null}
      onClose={() => openDeadline(null)}
      title={detail ? `${detail.target.id} · ${textIn(detail.target.title, lang)}` : ''}
      closeLabel={text.close}
      variant="side"
    >
      {detail ? <DeadlineBody detail={detail} /> : null}
    </Dialog>
  )
}
