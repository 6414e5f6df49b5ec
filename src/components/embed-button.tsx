// "Embed": a button that opens the dialog with the code to embed this chart or view. The dialog's code loads on
// the first click, so the header, where every view has the button, carries none of it.
import { lazy, Suspense, useState } from 'react'
import type { EmbedCode } from './embed-dialog'

const EmbedDialog = lazy(() => import('./embed-dialog').then((module) => ({ default: module.EmbedDialog })))

export function EmbedButton(props: EmbedCode) {
  const [open, setOpen] = useState(false)
  // Mounted from the first click on, so the dialog can animate closed and hand focus back.
  const [wanted, setWanted] = useState(false)
  return (
    <>
      <button
        type="button"
        aria-label={props.labels.buttonName}
        title={props.labels.buttonName}
        onClick={() => {
          setWanted(true)
          setOpen(true)
        }}
      >
        {props.labels.button}
      </button>
      {wanted ? (
        <Suspense fallback={null}>
          <EmbedDialog {...props} open={open} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  )
}
