// "Embed": a small dialog with the code a site pastes to show this chart or view (an iframe and the lines that
// let it set its height), a button that copies it, and a link to the embedded page as it will look.
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

interface EmbedButtonProps {
  readonly url: string
  readonly snippet: string
  /** The page was opened from a file: the code would point at that file, so the dialog says so. */
  readonly fromFile: boolean
  readonly labels: EmbedLabels
}

export function EmbedButton({ url, snippet, fromFile, labels }: EmbedButtonProps) {
  const [open, setOpen] = useState(false)
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle')
  const close = () => {
    setOpen(false)
    setCopied('idle')
  }
  return (
    <>
      <button type="button" aria-label={labels.buttonName} title={labels.buttonName} onClick={() => setOpen(true)}>
        {labels.button}
      </button>
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
    </>
  )
}
