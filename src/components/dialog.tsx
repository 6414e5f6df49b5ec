// A modal side panel or sheet on the native <dialog>: showModal() gives the focus trap, the inert page behind
// and Escape for free. Focus goes back to the control that opened it, or to `fallbackFocus` when that control
// is gone (a virtualised row scrolled away, or a panel opened straight from a link).
import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react'
import './dialog.css'

interface DialogProps {
  readonly open: boolean
  /** Called when the user closes it: Escape, the close button, or a click on the backdrop. */
  readonly onClose: () => void
  /** The dialog's accessible name. */
  readonly title: ReactNode
  readonly closeLabel: string
  /** Controls beside the close button, e.g. "Copy link": the modal dialog makes the page's own unreachable. */
  readonly actions?: ReactNode
  /** 'side': a panel on the right (full screen on a phone); 'sheet': rises from the bottom on a phone. */
  readonly variant: 'side' | 'sheet'
  readonly fallbackFocus?: () => HTMLElement | null
  readonly children: ReactNode
}

export function Dialog({ open, onClose, title, closeLabel, actions, variant, fallbackFocus, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const opener = useRef<Element | null>(null)
  const titleId = useId()
  // Read in the close handler; a ref so the native listener does not need re-binding on every render.
  const latest = useRef({ onClose, fallbackFocus })
  useLayoutEffect(() => {
    latest.current = { onClose, fallbackFocus }
  })

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      opener.current = document.activeElement
      dialog.showModal()
    } else if (!open && dialog.open) {
      dialog.close()
    }
  }, [open])

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const handleClose = () => {
      const previous = opener.current
      opener.current = null
      const target =
        previous instanceof HTMLElement && previous.isConnected && previous !== document.body
          ? previous
          : latest.current.fallbackFocus?.()
      target?.focus()
      latest.current.onClose()
    }
    // A click whose target is the dialog itself landed on the backdrop: the content fills the box.
    const handleClick = (event: MouseEvent) => {
      if (event.target === dialog) dialog.close()
    }
    dialog.addEventListener('close', handleClose)
    dialog.addEventListener('click', handleClick)
    return () => {
      dialog.removeEventListener('close', handleClose)
      dialog.removeEventListener('click', handleClick)
    }
  }, [])

  return (
    <dialog ref={ref} className={`dialog dialog--${variant}`} aria-labelledby={titleId}>
      <div className="dialog__body">
        <header className="dialog__header">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          <div className="dialog__actions">
            {open ? actions : null}
            <button type="button" className="dialog__close" onClick={() => ref.current?.close()}>
              <span aria-hidden="true">✕</span> {closeLabel}
            </button>
          </div>
        </header>
        {open ? <div className="dialog__content">{children}</div> : null}
      </div>
    </dialog>
  )
}
