import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../../../../domain/contracts/contests.js';
import type { SelectionDecision } from '../../../../../../domain/contests/contests.js';
import { ErrorAlert } from '../../../../../components/error-alert.js';
import { ApiError } from '../../../../../lib/api.js';
import { useFormat } from '../../../../../lib/format.js';
import { notifySuccess } from '../../../../../lib/notify.js';
import { useSelectEntry } from '../../api/use-entries.js';

/**
 * The administrative selection: "Lolos", or "Tidak lolos" with a reason (required). The entrant is
 * told either way; a decision may change until the first judging round opens (the server says when not).
 */
export function SelectionForm({ contestId, entry }: { contestId: string; entry: Entry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const select = useSelectEntry(contestId, entry.id);
  const [reason, setReason] = useState(entry.selection?.reason ?? '');
  const [missingReason, setMissingReason] = useState(false);
  const serverReason = select.error instanceof ApiError ? select.error.fields.find((f) => f.path === 'reason')?.message : undefined;

  const decide = (decision: SelectionDecision) => {
    if (decision === 'tidak_lolos' && !reason.trim()) return setMissingReason(true);
    setMissingReason(false);
    select.mutate(
      { decision, reason: reason.trim() || null },
      { onSuccess: () => notifySuccess(t(`ui.contestAdmin.selection.done.${decision}`)) },
    );
  };

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
          <Group>
            <Button loading={select.isPending && select.variables?.decision === 'lolos'} onClick={() => decide('lolos')}>
              {t('ui.contestAdmin.selection.pass')}
            </Button>
            <Button color="red.9" variant="outline" loading={select.isPending && select.variables?.decision === 'tidak_lolos'} onClick={() => decide('tidak_lolos')}>
              {t('ui.contestAdmin.selection.fail')}
            </Button>
          </Group>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('ui.contestAdmin.selection.locked')}
        </Text>
      )}
    </Stack>
  );
}
