import type { Unit } from '../../../../domain/contracts/units.js';
import { ActiveToggleDialog } from '../../../components/active-toggle-dialog.js';
import { useUpdateUnit } from '../api/use-update-unit.js';

/** Deactivates an active unit or reactivates an inactive one, after confirmation. */
export function UnitActiveDialog({ unit, onClose }: { unit: Unit; onClose: () => void }) {
  return <ActiveToggleDialog item={unit} texts="units" toggle={useUpdateUnit()} onClose={onClose} />;
}
