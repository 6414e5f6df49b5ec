// "Embed": a button that opens the dialog with the code to embed this chart or view. The dialog's code loads on
// the first click, so the header, where every view has the button, carries none of it.
import { lazy, Suspense, useState } from 'react'
import type { EmbedCode, EmbedLabels } from './embed-dialog'

const EmbedDialog = lazy(() => import('./embed-dialog').then((module) => ({ default: module.EmbedDialog })))

export interface EmbedProps {
  readonly labels: EmbedLabels
  /** The code for the view as it is now; asked for on each opening, since the view may have changed since the last. */
  readonly code: () => EmbedCode
}

export function EmbedButton({ labels, code }: EmbedProps) {
  const [open, setOpen] = useState(false)
  // Kept from the first click on, so the dialog can animate closed and hand focus back.
  const [shown, setShown] = useState<EmbedCode | null>(null)
  return (
    <>
      <button
        type="button"
        aria-label={labels.buttonName}
        title={labels.buttonName}
        onClick={() => {
          setShown(code())
          setOpen(true)
        }}
      >
        {labels.button}
      </button>
      {shown ? (
        <Suspense fallback={null}>
          <EmbedDialog {...shown} labels={labels} open={open} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  )
}
