import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../lib/notify.js';
import { ConfirmDialog } from './confirm-dialog.js';

type Toggle = {
  mutate: (variables: { id: string; input: { active: boolean } }, options: { onSuccess: () => void }) => void;
  isPending: boolean;
  error: ComponentProps<typeof ConfirmDialog>['error'];
};

/**
 * Deactivates an active record or reactivates an inactive one, after confirmation. `texts` names the
 * catalogue section (`ui.units`, `ui.users`, `ui.masterData`) holding the titles, messages and notices.
 */
export function ActiveToggleDialog({ item, texts, toggle, onClose }: { item: { id: string; name: string; active: boolean }; texts: 'units' | 'users' | 'masterData'; toggle: Toggle; onClose: () => void }) {
  const { t } = useTranslation();
  const deactivating = item.active;
  const confirm = () =>
    toggle.mutate(
      { id: item.id, input: { active: !deactivating } },
      {
        onSuccess: () => {
          notifySuccess(t(`ui.${texts}.${deactivating ? 'deactivated' : 'reactivated'}`));
          onClose();
        },
      },
    );
  return (
    <ConfirmDialog
      title={t(`ui.${texts}.${deactivating ? 'deactivateTitle' : 'reactivateTitle'}`)}
      message={t(`ui.${texts}.${deactivating ? 'deactivateMessage' : 'reactivateMessage'}`, { name: item.name })}
      confirmLabel={deactivating ? t('ui.common.deactivate') : t('ui.common.reactivate')}
      danger={deactivating}
      loading={toggle.isPending}
      error={toggle.error}
      onConfirm={confirm}
      onClose={onClose}
    />
  );
}
