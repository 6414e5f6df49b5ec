// The item panel: opened by the view store's `item` key, from the board or over any other view.
import { CopyLinkButton } from '../../components/copy-link-button'
import { Dialog } from '../../components/dialog'
import { useItemDetail } from './use-item-detail'
import { useViewAddress } from '../../state/view-href'
import { useViewStore } from '../../state/view-store'
import type { ItemSet } from '../../domain/types'
import { useBoardText } from './board-text'
import { ItemDetailView } from './item-detail-view'
import { ItemTitle } from './item-title'
import './board.css'

/** The panel's own "Copy link": its address is encoded only while the panel is open, not on every change behind it. */
function ItemLinkButton({ set }: { readonly set: ItemSet }) {
  const text = useBoardText()
  const address = useViewAddress()
  return (
    <CopyLinkButton
      url={address}
      label={text.copyLink}
      copiedLabel={text.copiedItemLink(set)}
      failedLabel={text.copyFailed}
    />
  )
}

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
      actions={detail ? <ItemLinkButton set={detail.item.set} /> : null}
      variant="side"
      fallbackFocus={fallbackFocus}
    >
      {detail ? <ItemDetailView detail={detail} /> : null}
    </Dialog>
  )
}
