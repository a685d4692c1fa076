import type { MasterItem } from '../../../../domain/contracts/master-data.js';
import { ActiveToggleDialog } from '../../../components/active-toggle-dialog.js';
import { useUpdateMasterItem } from '../api/use-update-master-item.js';

/** Deactivates an item (no longer offered on innovation profiles) or reactivates it, after confirmation. */
export function MasterItemActiveDialog({ item, onClose }: { item: MasterItem; onClose: () => void }) {
  return <ActiveToggleDialog item={item} texts="masterData" toggle={useUpdateMasterItem()} onClose={onClose} />;
}
