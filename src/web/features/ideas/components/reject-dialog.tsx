import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/dialog.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { ApiError } from '../../../lib/api.js';

type Props = {
  title: string;
  message: string;
  confirmLabel: string;
  loading: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
  onClose: () => void;
};

/** The confirmation before rejecting an idea or a comment; the reason is required (the author is told). */
export function RejectDialog({ title, message, confirmLabel, loading, error, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const serverReason = error instanceof ApiError ? error.fields.find((f) => f.path === 'reason')?.message : undefined;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return setMissing(true);
    onConfirm(reason.trim());
  };
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={error} formValues={{ reason }} />
          <Text>{message}</Text>
          <Textarea
            label={t('ui.ideas.moderation.reason')}
            description={t('ui.ideas.moderation.reasonHint')}
            withAsterisk
            autosize
            minRows={3}
            maxLength={1000}
            value={reason}
            error={missing ? t('validation.required') : serverReason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setMissing(false);
            }}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('ui.common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
