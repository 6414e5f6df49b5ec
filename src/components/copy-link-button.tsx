import { useEffect, useRef, useState } from 'react'
import { copyText } from '../export/clipboard'
import './copy-link-button.css'

interface CopyLinkButtonProps {
  readonly url: string
  readonly label: string
  readonly copiedLabel: string
  /** Shown with the link in a field when the browser refuses the clipboard, so it can be copied by hand. */
  readonly failedLabel: string
}

export function CopyLinkButton({ url, label, copiedLabel, failedLabel }: CopyLinkButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  const fieldRef = useRef<HTMLInputElement>(null)

  // A new view makes the earlier message stale.
  const [shownFor, setShownFor] = useState(url)
  if (shownFor !== url) {
    setShownFor(url)
    setState('idle')
  }

  useEffect(() => {
    if (state === 'failed') fieldRef.current?.select()
  }, [state])

  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copyText(url).then((ok) => setState(ok ? 'copied' : 'failed'))}>
        {label}
      </button>
      <span aria-live="polite" className="copy-link__status">
        {state === 'copied' ? copiedLabel : null}
      </span>
      {state === 'failed' ? (
        <label className="copy-link__fallback">
          <span>{failedLabel}</span>
          <input ref={fieldRef} type="text" readOnly value={url} />
        </label>
      ) : null}
    </span>
  )
}
