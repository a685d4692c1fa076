import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../../../../domain/contracts/contests.js';
import type { SelectionDecision } from '../../../../../../domain/contests/contests.js';
import { ConfirmDialog } from '../../../../../components/confirm-dialog.js';
import { ErrorAlert } from '../../../../../components/error-alert.js';
import { ApiError } from '../../../../../lib/api.js';
import { useFormat } from '../../../../../lib/format.js';
import { notifySuccess } from '../../../../../lib/notify.js';
import { useSelectEntry } from '../../api/use-entries.js';

type Props = {
  contestId: string;
  entry: Entry;
  /** Told while the confirmation is open, so the entry dialog under it does not close on the same Escape. */
  onConfirmingChange?: (confirming: boolean) => void;
};

/**
 * The administrative selection: "Lolos", or "Tidak lolos" with a reason (required). The entrant is
 * told either way (notification and e-mail), so a decision is confirmed before it is sent. It is sent
 * with the entry's version as read: a decision made meanwhile by someone else is refused (409) and
 * the entry is fetched again, so the admin sees it and a second try carries the new version. A
 * decision may change until the first judging round opens (the server says when not).
 */
export function SelectionForm({ contestId, entry, onConfirmingChange }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const select = useSelectEntry(contestId, entry.id);
  const [reason, setReason] = useState(entry.selection?.reason ?? '');
  const [missingReason, setMissingReason] = useState(false);
  const [confirming, setConfirming] = useState<SelectionDecision | null>(null);
  const serverReason = select.error instanceof ApiError ? select.error.fields.find((f) => f.path === 'reason')?.message : undefined;
  const stale = select.error instanceof ApiError && select.error.code === 'VERSION_CONFLICT';

  useEffect(() => {
    onConfirmingChange?.(confirming !== null);
  }, [confirming, onConfirmingChange]);

  const ask = (decision: SelectionDecision) => {
    if (decision === 'tidak_lolos' && !reason.trim()) return setMissingReason(true);
    setMissingReason(false);
    setConfirming(decision);
  };

  const send = (decision: SelectionDecision) =>
    select.mutate(
      // The version of the entry as shown now (after a conflict, the one fetched again).
      { decision, reason: reason.trim() || null, version: entry.version },
      {
        onSuccess: () => notifySuccess(t(`ui.contestAdmin.selection.done.${decision}`)),
        // A refusal is shown in the form, beside the reason and the current decision it concerns.
        onSettled: () => setConfirming(null),
      },
    );

  return (
    <Stack gap="sm" component="section" aria-labelledby="selection-title">
      <Title order={3} size="h4" id="selection-title">
        {t('ui.contestAdmin.selection.title')}
      </Title>
      {entry.selection && (
        <Alert color={entry.selection.decision === 'lolos' ? 'green' : 'red'} variant="light">
          {t('ui.contestAdmin.selection.current', { decision: t(`contestTerms.decision.${entry.selection.decision}`), at: format.instant(entry.selection.decidedAt) })}
          {entry.selection.reason && <Text size="sm">{entry.selection.reason}</Text>}
        </Alert>
      )}
      {entry.may.select ? (
        <>
          <ErrorAlert error={select.error} formValues={{ reason }} />
          {stale && <Text size="sm">{t('ui.contestAdmin.selection.reloaded')}</Text>}
          <Textarea
            label={t('ui.contestAdmin.selection.reason')}
            description={t('ui.contestAdmin.selection.reasonHint')}
            autosize
            minRows={2}
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={missingReason ? t('ui.contestAdmin.selection.reasonRequired') : serverReason}
          />
          {/* Both wait while a decision is being sent: a second one would race the first. */}
          <Group>
            <Button loading={select.isPending && select.variables?.decision === 'lolos'} disabled={select.isPending} onClick={() => ask('lolos')}>
              {t('ui.contestAdmin.selection.pass')}
            </Button>
            <Button
              color="red.9"
              variant="outline"
              loading={select.isPending && select.variables?.decision === 'tidak_lolos'}
              disabled={select.isPending}
              onClick={() => ask('tidak_lolos')}
            >
              {t('ui.contestAdmin.selection.fail')}
            </Button>
          </Group>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('ui.contestAdmin.selection.locked')}
        </Text>
      )}
      {confirming && (
        <ConfirmDialog
          title={t(`ui.contestAdmin.selection.confirm.title.${confirming}`)}
          message={t(`ui.contestAdmin.selection.confirm.message.${confirming}`, { title: entry.title || t('ui.contestAdmin.entries.untitled') })}
          confirmLabel={t(`ui.contestAdmin.selection.confirm.button.${confirming}`)}
          danger={confirming === 'tidak_lolos'}
          loading={select.isPending}
          onConfirm={() => send(confirming)}
          onClose={() => setConfirming(null)}
        />
      )}
    </Stack>
  );
}
