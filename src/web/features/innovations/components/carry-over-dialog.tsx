import { Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Dialog } from '../../../components/dialog.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { FormActions } from '../../../components/form-actions.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useCarryOver } from '../api/use-carry-over.js';

const minimum = 20;

/** Carries the innovation into the next period with a note on what was developed, then opens the new version. */
export function CarryOverDialog({ innovationId, onClose }: { innovationId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const carry = useCarryOver(innovationId);
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const length = note.trim().length;
  const short = length < minimum;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (short) return;
    carry.mutate(note.trim(), {
      onSuccess: (detail) => {
        notifySuccess(t('ui.innovations.carryOver.done', { year: detail.innovation.periodYear }));
        onClose();
        void navigate(`/registri/${detail.innovation.id}`);
      },
    });
  };

  return (
    <Dialog title={t('ui.innovations.carryOver.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('ui.innovations.carryOver.intro')}</Text>
          <ErrorAlert error={carry.error} />
          <Textarea
            label={t('ui.innovations.carryOver.note')}
            description={t('ui.innovations.carryOver.noteHint', { count: length })}
            withAsterisk
            autosize
            minRows={3}
            maxLength={4000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={tried && short ? t('validation.carryNoteShort') : undefined}
            data-autofocus
          />
          <FormActions onCancel={onClose} loading={carry.isPending} submitLabel={t('ui.innovations.carryOver.submit')} />
        </Stack>
      </form>
    </Dialog>
  );
}
