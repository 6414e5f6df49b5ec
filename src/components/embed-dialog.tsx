// The Embed button's dialog: the code a site pastes to show this chart or view (an iframe and the lines that let
// it set its height), a button that copies it, and a link to the embedded page as it will look. Loaded on the
// first click (embed-button.tsx).
import { useState } from 'react'
import { copyText } from '../export/clipboard'
import { Dialog } from './dialog'
import './embed-button.css'

export interface EmbedLabels {
  readonly button: string
  readonly buttonName: string
  readonly title: string
  readonly intro: string
  readonly code: string
  readonly copy: string
  readonly copied: string
  readonly copyFailed: string
  readonly close: string
  readonly open: string
  readonly fromFile: string
}

/** The code for the view as it is when the dialog opens. */
export interface EmbedCode {
  readonly url: string
  readonly snippet: string
  /** The page was opened from a file: the code would point at that file, so the dialog says so. */
  readonly fromFile: boolean
}

interface EmbedDialogProps extends EmbedCode {
  readonly labels: EmbedLabels
  readonly open: boolean
  readonly onClose: () => void
}

export function EmbedDialog({ url, snippet, fromFile, labels, open, onClose }: EmbedDialogProps) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle')
  const close = () => {
    setCopied('idle')
    onClose()
  }
  return (
    <Dialog open={open} onClose={close} title={labels.title} closeLabel={labels.close} variant="sheet">
      <div className="embed-code">
        <p>{labels.intro}</p>
        {fromFile ? <p className="inline-notice">{labels.fromFile}</p> : null}
        <label className="embed-code__field">
          <span>{labels.code}</span>
          <textarea readOnly value={snippet} rows={6} spellCheck={false} onFocus={(event) => event.target.select()} />
        </label>
        <p className="embed-code__actions">
          <button
            type="button"
            onClick={() => void copyText(snippet).then((ok) => setCopied(ok ? 'copied' : 'failed'))}
          >
            {labels.copy}
          </button>
          <a href={url} target="_blank" rel="noopener">
            {labels.open}
          </a>
          <span aria-live="polite" className="embed-code__status">
            {copied === 'copied' ? labels.copied : copied === 'failed' ? labels.copyFailed : null}
          </span>
        </p>
      </div>
    </Dialog>
  )
}
