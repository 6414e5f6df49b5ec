import { useId, useState } from 'react'
import './export-menu.css'
import type { ExportAction } from '../export/export-action'
import { isCodeLoadError } from '../lib/retry-import'

export interface ExportMenuProps {
  /** Names the group for screen readers ("Export"). */
  readonly label: string
  readonly actions: readonly ExportAction[]
  readonly doneLabel: string
  readonly failedLabel: string
  /** Said instead of the browser's message when the export's code could not be downloaded. */
  readonly codeFailedLabel: string
  /** A choice the actions read when they run, e.g. a picture's size. */
  readonly choice?: ExportChoice
}

export interface ExportChoice {
  readonly label: string
  readonly value: string
  readonly options: readonly { readonly value: string; readonly label: string }[]
  readonly onChange: (value: string) => void
}

/** A labelled row of download buttons; the outcome of the last one is announced politely. */
export function ExportMenu({ label, actions, doneLabel, failedLabel, codeFailedLabel, choice }: ExportMenuProps) {
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState<string | null>(null)
  const choiceId = useId()

  async function run(action: ExportAction) {
    setBusy(action.id)
    try {
      setMessage(`${doneLabel}: ${await action.run()}`)
    } catch (error) {
      const reason = isCodeLoadError(error) ? codeFailedLabel : error instanceof Error ? error.message : String(error)
      setMessage(`${failedLabel}: ${reason}`)
    } finally {
      setBusy(null)
    }
  }

  return (
    <div className="export-menu" role="group" aria-label={label} data-export-skip="">
      <span className="export-menu__label" aria-hidden="true">
        {label}
      </span>
      {choice ? (
        <span className="export-menu__choice">
          <label htmlFor={choiceId} className="visually-hidden">
            {choice.label}
          </label>
          <select
            id={choiceId}
            value={choice.value}
            title={choice.label}
            onChange={(event) => choice.onChange(event.target.value)}
          >
            {choice.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </span>
      ) : null}
      {actions.map((action) => (
        <button
          key={action.id}
          type="button"
          aria-label={action.name}
          title={action.name}
          aria-busy={busy === action.id}
          disabled={busy !== null}
          onClick={() => void run(action)}
        >
          {action.label}
        </button>
      ))}
      <span className="export-menu__status" aria-live="polite">
        {message}
      </span>
    </div>
  )
}
