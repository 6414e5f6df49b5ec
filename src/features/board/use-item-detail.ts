import { itemDetail } from '../../domain/item-detail'
import { useOpenDetail } from '../../state/derived'
import { useViewStore } from '../../state/view-store'

/** The selected item as known on the date, or null when none is selected (or the id is not in the data). */
export function useItemDetail() {
  return useOpenDetail(
    useViewStore((state) => state.item),
    'itemsById',
    itemDetail,
  )
}
