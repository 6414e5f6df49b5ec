import { useQueryClient } from '@tanstack/react-query'
import { Suspense, useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { PanelBoundary } from '../../components/panel-boundary'
import { retryableLazy } from '../../components/retryable-lazy'
import { retryableImport } from '../../lib/retry-import'
import { useDataSource } from '../../state/custom-data-store'
import { useT } from '../../state/use-t'
import {
  exportDataset,
  followOtherTab,
  importCustomFile,
  importedName,
  listenToOtherTabs,
  revertToBundled,
} from './custom-data-actions'
import { useCustomDataText } from './custom-data-messages'
import type { DialogReport } from './report-text'
import { usePageDrop } from './use-page-drop'
import './custom-data.css'

// The dialog's code loads when it is first opened: every page has the button, few readers open it.
const loadDialog = retryableImport(() => import('./custom-data-dialog'))
const CustomDataDialog = retryableLazy(() => loadDialog().then((module) => module.CustomDataDialog))

/** The banner sends focus here after its revert button, which disappears, is used. */
export const CUSTOM_DATA_BUTTON_ID = 'custom-data-open'

/** The header's way in: opens the dialog, and reads a JSON file dropped anywhere on the page. */
export function CustomDataButton() {
  const client = useQueryClient()
  const source = useDataSource((state) => state.source)
  const text = useCustomDataText()
  const t = useT()
  const [open, setOpen] = useState(false)
  /** Whether the dialog was ever opened: from then on it stays mounted, and closes as a native dialog does. */
  const [wanted, setWanted] = useState(false)
  const [report, setReport] = useState<DialogReport | null>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef<HTMLElement | null>(null)

  const show = () => {
    if (open) return
    const active = document.activeElement
    returnFocus.current = active instanceof HTMLElement && active !== document.body ? active : buttonRef.current
    setWanted(true)
    setOpen(true)
  }
  const close = () => {
    setOpen(false)
    const target = returnFocus.current?.isConnected ? returnFocus.current : buttonRef.current
    target?.focus()
  }
  const importFile = async (file: File) => {
    show()
    setReport({ kind: 'checking', name: importedName(file) })
    setReport(await importCustomFile(client, file))
  }
  const dragging = usePageDrop((file) => void importFile(file))
  // Mounted once, in the header, so every tab follows an import or revert made in another.
  useEffect(() => listenToOtherTabs((message) => void followOtherTab(client, message)), [client])

  return (
    <>
      <button
        ref={buttonRef}
        id={CUSTOM_DATA_BUTTON_ID}
        type="button"
        className="custom-data-open"
        aria-haspopup="dialog"
        onClick={() => {
          setReport(null)
          show()
        }}
      >
        {text.open}
      </button>
      {wanted ? (
        <PanelBoundary
          name={text.title}
          failedLabel={t('panel.failed')}
          retryLabel={t('panel.retry')}
          codeFailedLabel={t('panel.codeFailed')}
          reloadLabel={t('app.reload')}
        >
          <Suspense fallback={null}>
            {createPortal(
              <CustomDataDialog
                open={open}
                onClose={close}
                report={report}
                source={source}
                onFile={(file) => void importFile(file)}
                onExport={async () => {
                  try {
                    setReport({ kind: 'note', text: `${text.downloaded}: ${await exportDataset(client, source)}` })
                  } catch (error) {
                    const reason = error instanceof Error ? error.message : String(error)
                    setReport({ kind: 'note', text: `${text.downloadFailed}: ${reason}` })
                  }
                }}
                onRevert={async () => {
                  await revertToBundled(client)
                  setReport({ kind: 'note', text: text.restored })
                }}
              />,
              document.body,
            )}
          </Suspense>
        </PanelBoundary>
      ) : null}
      {dragging
        ? createPortal(
            <div className="custom-data-drop-overlay" aria-hidden="true">
              <p>{text.dropOverlay}</p>
            </div>,
            document.body,
          )
        : null}
    </>
  )
}
