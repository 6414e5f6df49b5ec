import { useEffect, useId, useRef, type ChangeEvent } from 'react'
import { DataErrorScreen } from '../../components/data-error-screen'
import { formatProblem } from '../../data/data-error'
import { DATA_VERSION } from '../../data/dataset-query'
import type { DataSource } from '../../state/custom-data-store'
import { useLang, useT } from '../../state/use-t'
import { useCustomDataText } from './custom-data-messages'
import { reportText, type DialogReport } from './report-text'

interface CustomDataDialogProps {
  readonly open: boolean
  /** Called once the dialog has closed: by its button, by Esc, or by the browser. */
  readonly onClose: () => void
  readonly report: DialogReport | null
  readonly source: DataSource
  readonly onFile: (file: File) => void
  readonly onExport: () => Promise<void>
  readonly onRevert: () => Promise<void>
}

/** A native modal <dialog>: the browser traps focus, closes it on Esc and keeps the page behind inert. */
export function CustomDataDialog({ open, onClose, report, source, onFile, onExport, onRevert }: CustomDataDialogProps) {
  const text = useCustomDataText()
  const t = useT()
  const lang = useLang()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const statusRef = useRef<HTMLParagraphElement>(null)
  const titleId = useId()
  const warningsId = useId()

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    else if (!open && dialog.open) dialog.close()
  }, [open])

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0]
    // Cleared so that choosing the same file again, after fixing it, is read again.
    event.currentTarget.value = ''
    if (file) onFile(file)
  }

  return (
    <dialog ref={dialogRef} className="custom-data-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="custom-data-dialog__head">
        <h2 id={titleId}>{text.title}</h2>
        <button type="button" onClick={() => dialogRef.current?.close()}>
          {text.close}
        </button>
      </div>
      <p>{text.intro}</p>
      <p className="muted">{text.format}</p>
      <p className="custom-data-dialog__current">
        {source.kind === 'custom' ? (
          <>
            {text.showingCustom}: <strong>{source.name}</strong>
          </>
        ) : (
          `${text.showingBundled} ${DATA_VERSION}.`
        )}
      </p>
      <div className="custom-data-dialog__drop">
        <label>
          <span className="custom-data-dialog__choose">{text.choose}</span>
          <input type="file" accept=".json,application/json" onChange={choose} />
        </label>
        <span className="muted">{text.dropHint}</span>
      </div>
      <p ref={statusRef} className="custom-data-dialog__status" role="status" tabIndex={-1}>
        {reportText(report, text, lang)}
      </p>
      {report?.kind === 'loaded' && report.warnings.length > 0 ? (
        <section className="custom-data-dialog__warnings" aria-labelledby={warningsId}>
          <h3 id={warningsId}>{text.ignoredFields}</h3>
          <ul>
            {report.warnings.map((warning) => (
              <li key={formatProblem(warning)}>{formatProblem(warning)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {report?.kind === 'unavailable' ? (
        <button type="button" onClick={() => onFile(report.file)}>
          {text.retry}
        </button>
      ) : null}
      {report?.kind === 'rejected' ? (
        <DataErrorScreen
          problems={report.problems}
          title={`${report.name} ${text.rejected}`}
          intro={text.rejectedIntro}
          columns={{
            file: t('dataError.file'),
            record: t('dataError.record'),
            field: t('dataError.field'),
            problem: t('dataError.problem'),
          }}
        />
      ) : null}
      <div className="custom-data-dialog__actions">
        <button type="button" onClick={() => void onExport()}>
          {text.download}
        </button>
        {source.kind === 'custom' ? (
          <button
            type="button"
            onClick={() => {
              // The button goes once the bundled data is back, so focus moves to the message saying so.
              void onRevert().then(() => statusRef.current?.focus())
            }}
          >
            {text.revert}
          </button>
        ) : null}
      </div>
    </dialog>
  )
}
