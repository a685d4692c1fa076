import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../domain/contracts/units.js';
import { ConfirmDialog } from '../../../components/confirm-dialog.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useUpdateUnit } from '../api/use-update-unit.js';

/** Deactivates an active unit or reactivates an inactive one, after confirmation. */
export function UnitActiveDialog({ unit, onClose }: { unit: Unit; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUnit();
  const deactivating = unit.active;
  const confirm = () =>
    update.mutate(
      { id: unit.id, input: { active: !deactivating } },
      {
        onSuccess: () => {
          notifySuccess(deactivating ? t('ui.units.deactivated') : t('ui.units.reactivated'));
          onClose();
        },
      },
    );
  return (
    <ConfirmDialog
      title={deactivating ? t('ui.units.deactivateTitle') : t('ui.units.reactivateTitle')}
      message={t(deactivating ? 'ui.units.deactivateMessage' : 'ui.units.reactivateMessage', { name: unit.name })}
      confirmLabel={deactivating ? t('ui.common.deactivate') : t('ui.common.reactivate')}
      danger={deactivating}
      loading={update.isPending}
      error={update.error}
      onConfirm={confirm}
      onClose={onClose}
    />
  );
}
