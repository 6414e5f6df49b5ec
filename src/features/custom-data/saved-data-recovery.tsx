import { useQueryClient } from '@tanstack/react-query'
import { useErrorBoundary } from 'react-error-boundary'
import { useDataSource } from '../../state/custom-data-store'
import { revertToBundled } from './custom-data-actions'
import { useCustomDataText } from './custom-data-messages'
import './custom-data.css'

/**
 * On the data-error screen: when the failing data is the user's saved dataset (a newer version of the app may
 * reject what an older one accepted), the way back to the bundled data. Renders nothing otherwise.
 */
export function SavedDataRecovery() {
  const client = useQueryClient()
  const source = useDataSource((state) => state.source)
  const { resetBoundary } = useErrorBoundary()
  const text = useCustomDataText()
  if (source.kind !== 'custom') return null
  return (
    <div className="custom-data-recovery">
      <p>
        {text.savedBroken} <strong>{source.name}</strong>
      </p>
      <button
        type="button"
        // Not awaited: revertToBundled settles even when loading or storage fails, so nothing is left to catch.
        onClick={() => void revertToBundled(client).then(resetBoundary)}
      >
        {text.revert}
      </button>
    </div>
  )
}
