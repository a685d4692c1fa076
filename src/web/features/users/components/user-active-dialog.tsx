import { useTranslation } from 'react-i18next';
import type { User } from '../../../../domain/contracts/users.js';
import { ConfirmDialog } from '../../../components/confirm-dialog.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useUpdateUser } from '../api/use-update-user.js';

/** Deactivates an active account or reactivates an inactive one, after confirmation. */
export function UserActiveDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const deactivating = user.active;
  const confirm = () =>
    update.mutate(
      { id: user.id, input: { active: !deactivating } },
      {
        onSuccess: () => {
          notifySuccess(deactivating ? t('ui.users.deactivated') : t('ui.users.reactivated'));
          onClose();
        },
      },
    );
  return (
    <ConfirmDialog
      title={deactivating ? t('ui.users.deactivateTitle') : t('ui.users.reactivateTitle')}
      message={t(deactivating ? 'ui.users.deactivateMessage' : 'ui.users.reactivateMessage', { name: user.name })}
      confirmLabel={deactivating ? t('ui.common.deactivate') : t('ui.common.reactivate')}
      danger={deactivating}
      loading={update.isPending}
      error={update.error}
      onConfirm={confirm}
      onClose={onClose}
    />
  );
}
