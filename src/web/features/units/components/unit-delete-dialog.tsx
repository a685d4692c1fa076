import { Button, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../domain/contracts/units.js';
import { ConfirmDialog } from '../../../components/confirm-dialog.js';
import { ApiError } from '../../../lib/api.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useDeleteUnit } from '../api/use-delete-unit.js';
import { useUpdateUnit } from '../api/use-update-unit.js';

/** Deletes a unit that owns no data; when it does, offers to deactivate it instead. */
export function UnitDeleteDialog({ unit, onClose }: { unit: Unit; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteUnit();
  const update = useUpdateUnit();
  const [reason, setReason] = useState('');
  const ownsData = remove.error instanceof ApiError && remove.error.code === 'CONFLICT';
  const done = (message: string) => () => {
    notifySuccess(message);
    onClose();
  };

  return (
    <ConfirmDialog
      title={t('ui.units.deleteTitle')}
      message={t('ui.units.deleteMessage', { name: unit.name })}
      confirmLabel={t('ui.common.delete')}
      danger
      loading={remove.isPending}
      error={remove.error ?? update.error}
      onConfirm={() => remove.mutate({ id: unit.id, reason: reason.trim() }, { onSuccess: done(t('ui.units.deleted')) })}
      onClose={onClose}
    >
      <TextInput label={t('ui.common.reasonOptional')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
      {ownsData && unit.active && (
        <Button
          variant="light"
          loading={update.isPending}
          onClick={() => update.mutate({ id: unit.id, input: { active: false } }, { onSuccess: done(t('ui.units.deactivated')) })}
        >
          {t('ui.units.deactivateInstead')}
        </Button>
      )}
    </ConfirmDialog>
  );
}
