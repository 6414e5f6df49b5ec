// The item panel: opened by the view store's `item` key, from the board or over any other view.
import { Dialog } from '../../components/dialog'
import { useItemDetail } from '../../state/derived'
import { useViewStore } from '../../state/view-store'
import { useBoardText } from './board-text'
import { ItemDetailView } from './item-detail-view'
import { ItemTitle } from './item-title'
import './board.css'

export function ItemPanel({ fallbackFocus }: { readonly fallbackFocus?: () => HTMLElement | null }) {
  const text = useBoardText()
  const detail = useItemDetail()
  const selectItem = useViewStore((state) => state.selectItem)
  return (
    <Dialog
      open={detail !== null}
      onClose={() => selectItem(null)}
      title={detail ? <ItemTitle item={detail.item} /> : ''}
      closeLabel={text.close}
      variant="side"
      fallbackFocus={fallbackFocus}
    >
      {detail ? <ItemDetailView detail={detail} /> : null}
    </Dialog>
  )
}
