import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { useDataSource } from '../../state/custom-data-store'
import {
  exportDataset,
  followOtherTab,
  importCustomFile,
  importedName,
  listenToOtherTabs,
  revertToBundled,
} from './custom-data-actions'
import { CustomDataDialog } from './custom-data-dialog'
import { useCustomDataText } from './custom-data-messages'
import type { DialogReport } from './report-text'
import { usePageDrop } from './use-page-drop'
import './custom-data.css'

/** The banner sends focus here after its revert button, which disappears, is used. */
export const CUSTOM_DATA_BUTTON_ID = 'custom-data-open'

/** The header's way in: opens the dialog, and reads a JSON file dropped anywhere on the page. */
export function CustomDataButton() {
  const client = useQueryClient()
  const source = useDataSource((state) => state.source)
  const text = useCustomDataText()
  const [open, setOpen] = useState(false)
  const [report, setReport] = useState<DialogReport | null>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef<HTMLElement | null>(null)

  const show = () => {
    if (open) return
    const active = document.activeElement
    returnFocus.current = active instanceof HTMLElement && active !== document.body ? active : buttonRef.current
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
      {createPortal(
        <>
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
          />
          {dragging ? (
            <div className="custom-data-drop-overlay" aria-hidden="true">
              <p>{text.dropOverlay}</p>
            </div>
          ) : null}
        </>,
        document.body,
      )}
    </>
  )
}
