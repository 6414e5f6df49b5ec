import { deadlineDetail } from '../../domain/deadline-detail'
import { useOpenDetail } from '../../state/derived'
import { useViewStore } from '../../state/view-store'

/** The open deadline as known on the date, or null when none is open (or the id is not in the data). */
export function useDeadlineDetail() {
  return useOpenDetail(
    useViewStore((state) => state.deadline),
    'targetsById',
    deadlineDetail,
  )
}
