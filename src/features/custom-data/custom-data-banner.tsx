import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { useDataSource } from '../../state/custom-data-store'
import { revertToBundled } from './custom-data-actions'
import { CUSTOM_DATA_BUTTON_ID } from './custom-data-button'
import { useCustomDataText } from './custom-data-messages'
import './custom-data.css'

/** Says, in the header, that the views show the user's own data, with the one click back to the bundled data. */
export function CustomDataBanner() {
  const client = useQueryClient()
  const source = useDataSource((state) => state.source)
  const text = useCustomDataText()
  const [restored, setRestored] = useState(false)
  const restoredRef = useRef<HTMLParagraphElement>(null)

  async function revert() {
    await revertToBundled(client)
    // The button is gone with the banner; focus moves to the message that replaces it.
    flushSync(() => setRestored(true))
    restoredRef.current?.focus()
  }

  if (source.kind === 'custom') {
    return (
      <div className="custom-data-banner">
        <p>
          <strong>{text.banner}</strong> {source.name} {source.kept ? null : text.untilClosed}
        </p>
        <button
          type="button"
          // Not awaited: revertToBundled settles even when loading or storage fails, so nothing is left to catch.
          onClick={() => void revert()}
        >
          {text.revert}
        </button>
      </div>
    )
  }
  if (!restored) return null
  return (
    <div className="custom-data-banner custom-data-banner--restored">
      <p ref={restoredRef} tabIndex={-1}>
        {text.restored}
      </p>
      <button
        type="button"
        onClick={() => {
          setRestored(false)
          document.getElementById(CUSTOM_DATA_BUTTON_ID)?.focus()
        }}
      >
        {text.dismiss}
      </button>
    </div>
  )
}
